// What a paste needs to know about a table: its value cells (the matrix), each matrix row's labels
// (to match a pasted block's label column), and the addends of every computed total.
import type { ReportFormat, TableDef } from "../format/types";
import { tableLayout } from "../format/table-layout";
import { leaves } from "../format/walk";
import { totalCells } from "./totals";
import { valueMatrix, type ValueMatrix } from "./value-matrix";

export type PasteGrid = {
  matrix: ValueMatrix;
  /** Per matrix row: the row's label and its other names (表四's one row has none). */
  rowLabels: string[][];
  totalAddends: ReadonlyMap<string, readonly string[]>;
  /** Row and column of every value cell in the matrix. */
  at: ReadonlyMap<string, { row: number; col: number }>;
};

function labelsOf(table: TableDef): string[][] {
  const names = (n: { label: string; name?: string; short?: string }) => [n.label, n.name, n.short].filter((x): x is string => Boolean(x));
  if (table.type === "stacked") return table.blocks.flatMap((b) => b.rows.map(names));
  return leaves(table.rows).map((l) => (table.rowLabels ? names(l.node) : []));
}

export function pasteGrid(format: ReportFormat, table: TableDef): PasteGrid {
  const matrix = valueMatrix(tableLayout(table));
  return {
    matrix,
    rowLabels: labelsOf(table),
    totalAddends: new Map(totalCells(format).map((t) => [t.path, t.addends])),
    at: new Map(matrix.flatMap((cells, row) => cells.map((c, col) => [c.path, { row, col }] as const))),
  };
}
