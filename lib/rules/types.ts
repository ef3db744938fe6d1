// An issue found in a report: stable rule id, severity, the cells involved, a Chinese message.
export type Severity = "error" | "warning";

export type Issue = {
  /** Stable id, part of the CLI's public output (e.g. 「requests.balance」); listed in the catalogue. */
  rule: string;
  severity: Severity;
  /** Report-relative paths (see lib/format/cell-path), first = where to focus. */
  cells: string[];
  /** One Chinese sentence: where, what, what to do. Never carries the rule id. */
  message: string;
};

/** The families of the catalogue (docs/rules.md), in the order they are listed. */
export type Family = "value" | "table" | "domain" | "crossyear" | "register" | "content" | "fee" | "text" | "structure";

/** One entry of the catalogue: every id any door can report. */
export type RuleDef = {
  id: string;
  family: Family;
  severity: Severity | "error/warning";
  /** What the rule checks, in one Chinese line (for docs/rules.md). */
  summary: string;
  /** Says that something is not written yet: listed, not shown in red beside an empty field while typing. */
  absence?: boolean;
};
