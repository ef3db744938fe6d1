// When a problem is shown to the clerk. Never before they had a chance to get it right: a field's own
// error once they have left it; every problem of a step once they pressed 下一步 there; everything once
// they reached 检查与预览. What is merely not written yet waits for 下一步 (it is no mistake yet).
import type { ReportFormat } from "../format/types";
import { isAbsenceRule } from "../rules/catalogue";
import type { Issue } from "../rules/types";
import { stepOfPath } from "./steps";

export type Reveal = {
  /** Fields the clerk has left (focus moved away). */
  left: ReadonlySet<string>;
  /** Steps on which 下一步 was pressed. */
  checked: ReadonlySet<string>;
  /** 检查与预览 was reached: everything is shown. */
  all: boolean;
};

/** The step an issue belongs to (its first cell's), or null for a report-wide issue. */
export function stepOfIssue(format: ReportFormat, issue: Issue): string | null {
  return issue.cells[0] ? stepOfPath(format, issue.cells[0]) : null;
}

export function isRevealed(format: ReportFormat, issue: Issue, reveal: Reveal): boolean {
  if (reveal.all) return true;
  const step = stepOfIssue(format, issue);
  if (step !== null && reveal.checked.has(step)) return true;
  return issue.cells.length === 1 && reveal.left.has(issue.cells[0]!) && !isAbsenceRule(issue.rule);
}

export function revealedIssues(format: ReportFormat, issues: Issue[], reveal: Reveal): Issue[] {
  return issues.filter((i) => isRevealed(format, i, reveal));
}
