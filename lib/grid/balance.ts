// 表三's live balance line: per column, 一+二 beside （七）总计+四 (format.rules.balance), expanded
// to the leaf cells the clerk types, with the labels taken from the rows' short names.
import type { ReportFormat, GridTable } from "../format/types";
import { cellDefs, cellPath } from "../format/cell-path";
import { leaves } from "../format/walk";
import { cellNumber, parseCell } from "../values/parse";
import { leafCells, sumCells } from "./totals";

/** One column of the balance: its name as messages give it (「总计」, 「法人或其他组织·其他」) and the leaf cells of each side. */
export type BalanceColumn = { colId: string; colName: string; left: string[]; right: string[] };

export function balanceLabels(format: ReportFormat): { left: string; right: string } {
  const table = format.tables[format.rules.balance.table] as GridTable;
  const rows = leaves(table.rows);
  const short = (id: string) => {
    const node = rows.find((r) => r.id === id)?.node;
    return node?.short ?? node?.label ?? id;
  };
  const { left, right } = format.rules.balance;
  return { left: left.map(short).join("+"), right: right.map(short).join("+") };
}

export function balanceColumns(format: ReportFormat): BalanceColumn[] {
  const table = format.tables[format.rules.balance.table] as GridTable;
  const { left, right } = format.rules.balance;
  const side = (rows: string[], colId: string) => rows.flatMap((r) => leafCells(format, cellPath(table, r, colId)));
  const nameOf = (colId: string) => cellDefs(format).find((d) => d.path === cellPath(table, left[0]!, colId))?.colName ?? colId;
  return leaves(table.columns).map((col) => ({ colId: col.id, colName: nameOf(col.id), left: side(left, col.id), right: side(right, col.id) }));
}

/** One column of the balance line: both sides, or the cells whose entries keep it from being added up. */
export type BalanceState =
  | { kind: "sum"; left: number; right: number; diff: number }
  | { kind: "blocked"; blockers: string[] };

const isCount = (v: unknown) => {
  const n = cellNumber(parseCell(v));
  return n !== null && n >= 0 && Number.isInteger(n);
};

/** 「表三 勾稽关系」 for one column, over the leaf cells' values (blank = 0); never over an invalid entry. */
export function balanceState(col: BalanceColumn, left: readonly unknown[], right: readonly unknown[]): BalanceState {
  const blockers = [...col.left.filter((_, i) => !isCount(left[i])), ...col.right.filter((_, i) => !isCount(right[i]))];
  if (blockers.length > 0) return { kind: "blocked", blockers };
  const l = sumCells(left)!;
  const r = sumCells(right)!;
  return { kind: "sum", left: l, right: r, diff: l - r };
}
