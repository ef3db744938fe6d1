// The column each cell of a layout starts in (rowspans above push later cells right, as in HTML), so
// the grid can keep its label columns and its 总计 column in view while the numbers scroll.
import type { TableLayout } from "../format/table-layout";

export function cellColumns(layout: TableLayout): number[][] {
  const taken: boolean[][] = [];
  return layout.rows.map((row, r) => {
    let c = 0;
    return row.map((cell) => {
      while (taken[r]?.[c]) c++;
      const start = c;
      for (let rr = r; rr < r + cell.rowSpan; rr++) for (let cc = c; cc < c + cell.colSpan; cc++) (taken[rr] ??= [])[cc] = true;
      c += cell.colSpan;
      return start;
    });
  });
}
