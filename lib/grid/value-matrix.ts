// The value cells of a table as rows of a matrix, in tableLayout's order: the one geometry that
// paste and keyboard navigation share with the grid and the preview.
import type { TableLayout } from "../format/table-layout";

export type MatrixCell = { path: string; total: boolean };
export type ValueMatrix = MatrixCell[][];
export type Position = { row: number; col: number };

export function valueMatrix(layout: TableLayout): ValueMatrix {
  return layout.rows
    .map((cells) =>
      cells.flatMap((c) => (c.role === "value" && c.path ? [{ path: c.path, total: Boolean(c.total) }] : [])),
    )
    .filter((row) => row.length > 0);
}

export function locate(matrix: ValueMatrix, path: string): Position | null {
  for (let row = 0; row < matrix.length; row++) {
    const col = matrix[row]!.findIndex((c) => c.path === path);
    if (col >= 0) return { row, col };
  }
  return null;
}
