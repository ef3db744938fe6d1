// The column each cell of a layout starts in (rowspans above push later cells right, as in HTML): where
// the grid keeps its label columns and 总计 column in view, how wide a .docx cell is (the grid columns it
// spans), and where the workbook's 汇总 merges its cells.
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
