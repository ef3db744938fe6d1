// A table layout (lib/format/table-layout.ts — the same one the .docx and the preview draw) placed on a grid:
// each cell with its row and column, skipping columns merged down from above (HTML's rowspan convention).
import type { LayoutCell, TableLayout } from "../format/table-layout";

export type PlacedCell = { cell: LayoutCell; row: number; col: number };

export function placeLayout(layout: TableLayout): PlacedCell[] {
  const covered: number[] = []; // per grid column: first row not covered by a merge from above
  const out: PlacedCell[] = [];
  layout.rows.forEach((cells, r) => {
    let col = 0;
    for (const cell of cells) {
      while ((covered[col] ?? 0) > r) col++;
      out.push({ cell, row: r, col });
      for (let c = col; c < col + cell.colSpan; c++) covered[c] = r + cell.rowSpan;
      col += cell.colSpan;
    }
  });
  return out;
}
