// The 审核结果 table of the county desk: its columns, sorting by a column, filtering by status and the search
// box — plain functions, so the page only renders.
// Its words are columns.ts's (the same as the CLI's table and the workbook's).
import { FIGURE_NAMES, FORMAT_NAMES, STATUS_NAMES, unitKindName } from "./columns";
import { cleanLine } from "../text/hygiene";
import type { ReviewEntry, ReviewStatus } from "./types";

export type ColumnKey =
  | "unit"
  | "unitKind"
  | "year"
  | "format"
  | "errors"
  | "warnings"
  | "received"
  | "outcomeTotal"
  | "carriedForward"
  | "reconsiderationTotal"
  | "litigationTotal"
  | "repeatedShare"
  | "status";

export type Column = { key: ColumnKey; label: string; numeric: boolean };

/** Left to right as columns.ts's REVIEW_COLUMNS (the CLI and the workbook): 状态 before the counts. */

export const COLUMNS: Column[] = [
  { key: "unit", label: "单位", numeric: false },
  { key: "unitKind", label: "类型", numeric: false },
  { key: "year", label: "年度", numeric: true },
  { key: "format", label: "格式", numeric: false },
  { key: "status", label: "状态", numeric: false },
  { key: "errors", label: "错误", numeric: true },
  { key: "warnings", label: "提示", numeric: true },
  ...(Object.keys(FIGURE_NAMES) as (keyof typeof FIGURE_NAMES)[]).map((key) => ({ key, label: FIGURE_NAMES[key], numeric: true })),
  { key: "repeatedShare", label: "与上年雷同", numeric: true },
];

const STATUS_ORDER: ReviewStatus[] = ["unreadable", "obsolete", "errors", "pass"];

/** The value a column sorts by (null sorts last whichever the direction). */
export function sortValue(e: ReviewEntry, key: ColumnKey): string | number | null {
  switch (key) {
    case "unit":
      return e.unit || e.fileName;
    case "unitKind":
      return unitKindName(e.unitKind) || e.unitKind || null;
    case "format":
      return e.format;
    case "status":
      return STATUS_ORDER.indexOf(e.status);
    case "year":
    case "errors":
    case "warnings":
      return e[key];
    case "repeatedShare":
      return e.repeatedShare ?? null;
    default:
      return e.figures[key];
  }
}

/** What a cell shows: numbers as they are, a share as a whole percentage, blanks as 「—」. */
export function cellText(e: ReviewEntry, key: ColumnKey): string {
  if (key === "status") return STATUS_NAMES[e.status];
  if (key === "format") return e.format ? FORMAT_NAMES[e.format] : "—";
  if (key === "unit") return e.unit || "（未识别）";
  if (key === "repeatedShare") return e.repeatedShare === undefined ? "—" : `${Math.round(e.repeatedShare * 100)}%`;
  const v = sortValue(e, key);
  return v === null || v === "" ? "—" : String(v);
}

export type Sort = { key: ColumnKey; dir: "ascending" | "descending" };

const collator = new Intl.Collator("zh-CN", { numeric: true });

export function sortEntries(entries: ReviewEntry[], sort: Sort | null): ReviewEntry[] {
  if (!sort) return entries;
  const sign = sort.dir === "ascending" ? 1 : -1;
  return [...entries].sort((a, b) => {
    const x = sortValue(a, sort.key);
    const y = sortValue(b, sort.key);
    if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
    const c = typeof x === "number" && typeof y === "number" ? x - y : collator.compare(String(x), String(y));
    return sign * c || collator.compare(a.id, b.id);
  });
}

/** Status filter ("all" or one status) and the search box (unit or file name, case-insensitive). */
export function filterEntries(entries: ReviewEntry[], status: ReviewStatus | "all", search: string): ReviewEntry[] {
  const q = cleanLine(search).toLowerCase(); // a pasted name with a zero-width space still finds its unit
  return entries.filter((e) => (status === "all" || e.status === status) && (!q || e.unit.toLowerCase().includes(q) || e.fileName.toLowerCase().includes(q) || e.id.toLowerCase().includes(q)));
}

/** Clicking a header: first ascending, then descending, then ascending again. */
export function nextSort(sort: Sort | null, key: ColumnKey): Sort {
  return sort?.key === key && sort.dir === "ascending" ? { key, dir: "descending" } : { key, dir: "ascending" };
}

/** How many reports have each status, for the filter's options. */
export function statusCounts(entries: ReviewEntry[]): Record<ReviewStatus, number> {
  const counts = { pass: 0, errors: 0, obsolete: 0, unreadable: 0 };
  for (const e of entries) counts[e.status]++;
  return counts;
}
