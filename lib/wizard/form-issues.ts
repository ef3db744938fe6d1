// Checks of the parts of a report the rule engine does not read: basic information, prose, 信息处理费.
// Same Issue shape as lib/rules, so the error summary treats them alike.
import type { ReportFormat, SectionDef } from "../format/types";
import { prosePath } from "../format/cell-path";
import { getPath } from "../values/object-path";
import { parseCell } from "../values/parse";
import type { Report } from "../report/types";
import type { Issue } from "../rules/types";
import { wizardMessages as m } from "./messages";

export function isGovernment(format: ReportFormat, report: Pick<Report, "unit">): boolean {
  return format.unitKinds.find((k) => k.key === report.unit.kind)?.isGovernment ?? false;
}

/** The prose fields a step shows for this unit: parts (government-only ones for governments) or the text. */
export function proseFields(format: ReportFormat, section: SectionDef, report: Pick<Report, "unit">) {
  if (!section.parts) return [{ path: prosePath(section.key), heading: section.heading, governmentOnly: false }];
  const gov = isGovernment(format, report);
  return section.parts
    .filter((p) => gov || !p.governmentOnly)
    .map((p) => ({ path: prosePath(section.key, p.key), heading: p.heading, governmentOnly: Boolean(p.governmentOnly) }));
}

const blank = (v: unknown) => typeof v !== "string" || v.trim() === "";

/** 信息处理费 is reported in the section that holds the fee part (六). */
function feeSection(format: ReportFormat): string {
  return format.sections.find((s) => s.parts?.some((p) => p.key === "fee"))?.heading ?? "";
}

function feeIssues(report: Report, format: ReportFormat): Issue[] {
  const { status, amountYuan } = report.infoFee;
  const section = feeSection(format);
  const cells = ["infoFee.status"];
  if (status === "unknown") return [{ rule: "wizard.fee-status", severity: "warning", cells, message: m.feeUnknown(section) }];
  if (status !== "collected") return [];
  const p = parseCell(amountYuan);
  const at = ["infoFee.amountYuan"];
  if (p.kind === "blank") return [{ rule: "wizard.fee-amount", severity: "error", cells: at, message: m.feeAmount(section) }];
  if (p.kind === "invalid" || p.value < 0)
    return [{ rule: "wizard.fee-amount", severity: "error", cells: at, message: m.feeBad(section, String(amountYuan)) }];
  return [];
}

export function formIssues(report: Report, format: ReportFormat): Issue[] {
  const issues: Issue[] = [];
  if (blank(report.unit.name)) issues.push({ rule: "wizard.unit-name", severity: "error", cells: ["unit.name"], message: m.unitName });
  if (blank(report.publishedOn))
    issues.push({ rule: "wizard.published-on", severity: "warning", cells: ["publishedOn"], message: m.publishedOn });
  for (const section of format.sections) {
    if (section.table) continue;
    for (const f of proseFields(format, section, report)) {
      if (!blank(getPath(report, f.path))) continue;
      const single = f.heading === section.heading;
      const message = f.governmentOnly
        ? m.governmentPart(section.heading, f.heading)
        : single ? m.sectionEmpty(section.heading) : m.partEmpty(section.heading, f.heading);
      issues.push({ rule: f.governmentOnly ? "wizard.government-part" : "wizard.prose-empty", severity: f.governmentOnly ? "error" : "warning", cells: [f.path], message });
    }
  }
  return [...issues, ...feeIssues(report, format)];
}
