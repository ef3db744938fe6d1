// Live issues outside React state: evaluating never re-renders the grid; a cell subscribes to its
// own message only (useSyncExternalStore with a per-path snapshot).
import { isAbsenceRule } from "../rules/catalogue";
import type { Issue } from "../rules/types";
import type { StepStatus } from "./messages";

export type IssueSnapshot = { issues: Issue[]; byCell: Map<string, string>; statuses: Record<string, StepStatus> };

export function createIssueStore() {
  let snap: IssueSnapshot = { issues: [], byCell: new Map(), statuses: {} };
  const listeners = new Set<() => void>();
  return {
    get: () => snap,
    set(issues: Issue[], statuses: Record<string, StepStatus>) {
      snap = { issues, byCell: cellMessages(issues), statuses };
      listeners.forEach((l) => l());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

export type IssueStore = ReturnType<typeof createIssueStore>;

/**
 * Messages shown beside a single cell or field: errors about that one cell (a bad value, a fee amount, a
 * paragraph carried over unedited). What is merely not written yet is listed in 检查与预览, not shown in red
 * beside an empty field the clerk has not reached.
 */
export function cellMessages(issues: Issue[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const i of issues) {
    if (i.severity !== "error" || i.cells.length !== 1 || map.has(i.cells[0]!) || isAbsenceRule(i.rule)) continue;
    map.set(i.cells[0]!, i.message);
  }
  return map;
}
