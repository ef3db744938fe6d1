// Family fee: 信息处理费 must be stated in 六 (国办函〔2020〕109号; format-2021.md §2 六): 未收取, or the
// amount collected in 元 — a readable, non-negative amount with at most 2 decimals (分).
import type { ReportFormat } from "../format/types";
import { getPath } from "../values/object-path";
import { parseCell } from "../values/parse";
import type { Checkable } from "./checkable";
import { feeMessages as m } from "./messages";
import type { Issue } from "./types";

/** The section that holds the fee part (六), by heading. */
export function feeSectionHeading(format: ReportFormat): string {
  return format.sections.find((s) => s.parts?.some((p) => p.key === "fee"))?.heading ?? "";
}

function amountIssue(section: string, raw: unknown): string | null {
  const p = parseCell(raw);
  if (p.kind === "blank") return m.amountBlank(section);
  if (p.kind === "invalid") return m.amountBad(section, p.text);
  if (p.value < 0) return m.amountNegative(section, p.value);
  if (p.decimals > 2) return m.amountDecimals(section, p.value);
  return null;
}

export function feeIssues(report: Checkable, format: ReportFormat): Issue[] {
  const section = feeSectionHeading(format);
  const status = getPath(report, "infoFee.status");
  if (status === "not-collected") return [];
  if (status !== "collected") return [{ rule: "fee.status", severity: "error", cells: ["infoFee.status"], message: m.status(section) }];
  const message = amountIssue(section, getPath(report, "infoFee.amountYuan"));
  return message ? [{ rule: "fee.amount", severity: "error", cells: ["infoFee.amountYuan"], message }] : [];
}
