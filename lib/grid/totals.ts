// 总计 cells are derived in the wizard (design.md): each total is the sum of the leaf cells under it.
// A total of totals (表三's bottom-right cell) is expanded down to leaves, so one useWatch suffices.
import type { ReportFormat } from "../format/types";
import { cellDefs, cellPath, type CellDef } from "../format/cell-path";
import { getPath, setPath } from "../values/object-path";
import { cellNumber, parseCell } from "../values/parse";

export type TotalCell = { path: string; addends: string[] };

const cache = new WeakMap<ReportFormat, TotalCell[]>();

function expand(format: ReportFormat, byPath: Map<string, CellDef>, def: CellDef): string[] {
  const table = format.tables[def.table];
  const direct = def.colTotal
    ? def.colTotal.of.map((c) => cellPath(table, def.rowId, c))
    : def.rowTotal
      ? def.rowTotal.of.map((r) => cellPath(table, r, def.colId))
      : null;
  if (!direct) return [def.path];
  return direct.flatMap((p) => {
    const sub = byPath.get(p);
    return sub ? expand(format, byPath, sub) : [p];
  });
}

/** Every total cell with the leaf cells it adds up. */
export function totalCells(format: ReportFormat): TotalCell[] {
  let list = cache.get(format);
  if (!list) {
    const defs = cellDefs(format);
    const byPath = new Map(defs.map((d) => [d.path, d]));
    list = defs.filter((d) => d.rowTotal || d.colTotal).map((d) => ({ path: d.path, addends: expand(format, byPath, d) }));
    cache.set(format, list);
  }
  return list;
}

export function isTotalPath(format: ReportFormat, path: string): boolean {
  return totalCells(format).some((t) => t.path === path);
}

/** Leaf cells behind a path: itself, or the addends when it is a total. */
export function leafCells(format: ReportFormat, path: string): string[] {
  return totalCells(format).find((t) => t.path === path)?.addends ?? [path];
}

/** Sum of counts with blanks as 0; null when any addend is not a count (it is reported on its own). */
export function sumCells(values: readonly unknown[]): number | null {
  let sum = 0;
  for (const v of values) {
    const n = cellNumber(parseCell(v));
    if (n === null || n < 0 || !Number.isInteger(n)) return null;
    sum += n;
  }
  return sum;
}

/** Recomputes every total in place (for a fresh copy the caller owns; cheaper than withTotals). */
export function writeTotals(report: object, format: ReportFormat): void {
  for (const t of totalCells(format)) {
    setIn(report, t.path, sumCells(t.addends.map((p) => getPath(report, p))));
  }
}

function setIn(root: object, path: string, value: unknown): void {
  const segs = path.split(".");
  let node = root as Record<string, unknown>;
  for (const s of segs.slice(0, -1)) {
    if (!node[s] || typeof node[s] !== "object") node[s] = {};
    node = node[s] as Record<string, unknown>;
  }
  node[segs[segs.length - 1]!] = value;
}

/** The report with every total cell recomputed from its leaves. */
export function withTotals<T extends object>(report: T, format: ReportFormat): T {
  let out = report;
  for (const t of totalCells(format)) {
    out = setPath(out, t.path, sumCells(t.addends.map((p) => getPath(report, p))));
  }
  return out;
}
