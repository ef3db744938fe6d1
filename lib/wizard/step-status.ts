// 未开始 / 进行中 / 已完成 / 有问题 for each step of the task list, from the report and its issues.
import type { ReportFormat } from "../format/types";
import { cellDefs } from "../format/cell-path";
import { getPath } from "../values/object-path";
import type { Report } from "../report/types";
import type { Issue } from "../rules/types";
import { proseFields } from "../rules/prose-fields";
import type { StepStatus } from "./messages";
import { BASICS, REVIEW, stepOfPath, wizardSteps } from "./steps";

const filled = (v: unknown) => v !== null && v !== undefined && String(v).trim() !== "";

function progress(format: ReportFormat, report: Report, step: string): { any: boolean; all: boolean } {
  if (step === BASICS) {
    const fields = [report.unit.name, report.publishedOn];
    return { any: fields.some(filled), all: fields.every(filled) };
  }
  const section = format.sections.find((s) => s.key === step);
  if (!section) return { any: false, all: false };
  const paths = section.table
    ? cellDefs(format).filter((d) => d.table === section.table && !d.rowTotal && !d.colTotal).map((d) => d.path)
    : proseFields(format, section, report).map((f) => f.path);
  const values = paths.map((p) => getPath(report, p));
  const fee = section.parts?.some((p) => p.key === "fee") ? [report.infoFee.status !== "unknown"] : [];
  return { any: values.some(filled) || fee.includes(true), all: values.every(filled) && !fee.includes(false) };
}

const errorSteps = (format: ReportFormat, issues: Issue[]) =>
  new Set(issues.filter((i) => i.severity === "error" && i.cells[0]).map((i) => stepOfPath(format, i.cells[0]!)));

/**
 * `issues`: the problems shown to the clerk so far (有问题); `all`: every problem of the report. A step with an
 * error not shown yet (a paragraph still last year's text, listed on 检查与预览) is never 已完成, only 进行中.
 */
export function stepStatuses(format: ReportFormat, report: Report, issues: Issue[], visited: ReadonlySet<string>, all: Issue[] = issues): Record<string, StepStatus> {
  const broken = errorSteps(format, issues);
  const unfinished = errorSteps(format, all);
  const out: Record<string, StepStatus> = {};
  for (const step of wizardSteps(format)) {
    if (step.key === REVIEW) {
      out[step.key] = broken.size > 0 && visited.has(REVIEW) ? "有问题" : visited.has(REVIEW) ? "已完成" : "未开始";
      continue;
    }
    const p = progress(format, report, step.key);
    const touched = p.any || visited.has(step.key);
    // A step nobody has opened or typed in is 未开始, even if its empty fields would be errors.
    out[step.key] = !touched ? "未开始" : broken.has(step.key) ? "有问题" : p.all && !unfinished.has(step.key) ? "已完成" : "进行中";
  }
  return out;
}
