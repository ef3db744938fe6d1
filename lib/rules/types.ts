// An issue found in a report: stable rule id, severity, the cells involved, a Chinese message.
export type Severity = "error" | "warning";

export type Issue = {
  /** Stable id, part of the CLI's public output (e.g. 「requests.balance」). */
  rule: string;
  severity: Severity;
  /** Report-relative paths (see lib/format/cell-path), first = where to focus. */
  cells: string[];
  message: string;
};
