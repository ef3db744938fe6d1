// What the rules read: a report as it is, possibly incomplete (an import, a hand-written data file).
// Every rule reads through these accessors, so a missing part reads as blank instead of throwing.
import { getPath } from "../values/object-path";

export type Checkable = {
  [field: string]: unknown;
  unit?: { name?: unknown; kind?: unknown };
  year?: unknown;
  lastYear?: { year?: unknown; tables?: unknown; prose?: unknown; source?: unknown };
};

/** The text at a path, "" when absent or not text. */
export function textAt(report: Checkable, path: string): string {
  const v = getPath(report, path);
  return typeof v === "string" ? v : "";
}

export const isBlankText = (text: string) => text.trim() === "";

/** The report year, or null when it is not a plausible year. */
export function yearOf(report: Checkable): number | null {
  const y = report.year;
  return typeof y === "number" && Number.isInteger(y) && y >= 2008 && y <= 2100 ? y : null;
}
