// Rows whose digits ran together (split-digits.ts), checked by the sums the format defines: first the row's
// own totals (表三 总计 = the six applicants, 表四 each group's 总计), then — for a row still ambiguous — the
// columns of 表三 (（七）总计 = its 21 rows, 一+二 = （七）总计+四) where every other operand was read.
import { cellPath } from "../../format/cell-path";
import type { GridTable, ReportFormat, TableKey } from "../../format/types";
import { leaves } from "../../format/walk";
import type { Report } from "../../report/types";
import { getPath } from "../../values/object-path";
import { cellNumber, parseCell } from "../../values/parse";
import type { RowSpec } from "./row-specs";

/** The row's own totals hold for these numbers (in the order of spec.cols). */
export function rowHolds(format: ReportFormat, table: TableKey, spec: RowSpec): (v: number[]) => boolean {
  const def = format.tables[table];
  if (def.type !== "grid") return () => true;
  const at = (id: string) => spec.cols.indexOf(id);
  const totals = leaves(def.columns).flatMap((c) => (c.node.total ? [{ total: at(c.id), of: c.node.total.of.map(at) }] : []));
  return (v) => totals.every((t) => t.total < 0 || t.of.some((i) => i < 0) || v[t.total] === t.of.reduce((s, i) => s + v[i]!, 0));
}

/**
 * 表三's column checks over `rowId` read as `cells`, where every other operand was read (a check over an
 * `unknown` row — not found, or itself undecided — is not used). A blank read cell counts as 0.
 */
export function columnsHold(format: ReportFormat, report: Report, rowId: string, cols: string[], cells: string[], unknown: Set<string>): boolean {
  const table = format.tables.requests as GridTable;
  const total = leaves(table.rows).find((r) => r.node.total);
  const b = format.rules.balance;
  const value = (row: string, col: string): number | null =>
    row === rowId ? (cellNumber(parseCell(cells[cols.indexOf(col)] ?? "")) ?? 0) : unknown.has(row) ? null : cellNumber(parseCell(getPath(report, cellPath(table, row, col))));
  const sum = (rows: readonly string[], col: string) => rows.reduce<number | null>((s, r) => (s === null || value(r, col) === null ? null : s + value(r, col)!), 0);
  const checks: [readonly string[], readonly string[]][] = [
    ...(total?.node.total ? [[[total.id], total.node.total.of] as [readonly string[], readonly string[]]] : []),
    [b.left, b.right],
  ];
  return cols.every((col) =>
    checks.every(([l, r]) => {
      if (![...l, ...r].includes(rowId)) return true;
      const [x, y] = [sum(l, col), sum(r, col)];
      return x === null || y === null || x === y;
    }),
  );
}
