// Which section of the report a field path belongs to: the order in which issues are listed and the
// wizard step that holds the field. Basic information (unit, dates, contact, preamble) belongs to none.
import type { ReportFormat } from "./types";

export function sectionOfPath(format: ReportFormat, path: string): string | null {
  const [root, key, third] = path.split(".");
  if (root === "tables" || root === "lastYear") {
    const table = root === "lastYear" ? third : key;
    return format.sections.find((s) => s.table === table)?.key ?? null;
  }
  if (root === "prose" && key) return key;
  if (root === "infoFee") return format.sections.find((s) => s.parts?.some((p) => p.key === "fee"))?.key ?? null;
  return null;
}

/** 0 for basic information, then 1, 2, … in section order. */
export function documentOrder(format: ReportFormat, path: string): number {
  const key = sectionOfPath(format, path);
  return key === null ? 0 : format.sections.findIndex((s) => s.key === key) + 1;
}
