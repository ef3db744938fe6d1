// Live issues outside React state: evaluating never re-renders the grid; a cell subscribes to its
// own message only (useSyncExternalStore with a per-path snapshot). The store also keeps what has been
// revealed (reveal.ts), so every message, list and step badge shows the same, revealed, problems.
import type { ReportFormat } from "../format/types";
import { isAbsenceRule } from "../rules/catalogue";
import type { Issue } from "../rules/types";
import type { Report } from "../report/types";
import type { StepStatus } from "./messages";
import { isRevealed, revealedIssues } from "./reveal";
import { stepStatuses } from "./step-status";

export type IssueSnapshot = {
  /** Every issue of the report (evaluate). */
  issues: Issue[];
  /** The issues revealed to the clerk so far. */
  shown: Issue[];
  byCell: Map<string, string>;
  statuses: Record<string, StepStatus>;
  /** Steps on which 下一步 was pressed; all: 检查与预览 was reached. */
  checked: ReadonlySet<string>;
  all: boolean;
};

export function createIssueStore(format: ReportFormat) {
  let issues: Issue[] = [];
  let report: Report | null = null;
  let all = false;
  const left = new Set<string>();
  const checked = new Set<string>();
  const visited = new Set<string>();
  const listeners = new Set<() => void>();
  let snap: IssueSnapshot = { issues, shown: [], byCell: new Map(), statuses: {}, checked, all };

  const publish = () => {
    const shown = revealedIssues(format, issues, { left, checked, all });
    const statuses = report ? stepStatuses(format, report, shown, visited, issues) : {};
    const same = Object.keys(statuses).every((k) => statuses[k] === snap.statuses[k]);
    snap = { issues, shown, byCell: cellMessages(shown), statuses: same ? snap.statuses : statuses, checked: new Set(checked), all };
    listeners.forEach((l) => l());
  };

  return {
    get: () => snap,
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    /** A fresh evaluation of the report. */
    set(next: Issue[], of: Report) {
      issues = next;
      report = of;
      publish();
    },
    /** A step was opened (the task list shows it as begun). */
    visit(step: string) {
      if (visited.has(step)) return;
      visited.add(step);
      publish();
    },
    /** The clerk left a field: its own error, if any, is shown from now on. */
    leave(path: string) {
      if (left.has(path)) return;
      left.add(path);
      // Most fields are fine: nothing to announce, no re-render on the way to the next cell.
      if (issues.some((i) => i.cells[0] === path && isRevealed(format, i, { left, checked, all }))) publish();
    },
    /** 下一步 was pressed on a step: all of its problems are shown. */
    check(step: string) {
      checked.add(step);
      publish();
    },
    /** 检查与预览 was reached. */
    revealAll() {
      if (all) return;
      all = true;
      publish();
    },
  };
}

export type IssueStore = ReturnType<typeof createIssueStore>;

/**
 * Messages shown beside a single cell or field: errors about that one cell (a bad value, a fee amount, a
 * paragraph carried over unedited). What is merely not written yet is listed, not shown in red beside an
 * empty field.
 */
export function cellMessages(issues: Issue[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const i of issues) {
    if (i.severity !== "error" || i.cells.length !== 1 || map.has(i.cells[0]!) || isAbsenceRule(i.rule)) continue;
    map.set(i.cells[0]!, i.message);
  }
  return map;
}
