// A report table drawn from tableLayout() — the one source of table geometry — with the clerk's numbers.
// Merged cells as in the official template (国办公开办函〔2021〕30号 附件); blanks print as 0. Rows never split
// and every row keeps with the next, so a table (表三 included, sized to fit one page) is never broken inside a
// group and its labels are always beside its numbers (GB/T 9704—2012 8 表格).
import {
  AlignmentType, HeightRule, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType,
} from "docx";
import { gov2021 } from "../../templates/gov-2021";
import { cellColumns } from "../format/cell-columns";
import { cellDefs } from "../format/cell-path";
import { tableLayout, type LayoutCell, type TableLayout } from "../format/table-layout";
import type { CellKind, TableKey } from "../format/types";
import type { Report } from "../report/types";
import { getPath } from "../values/object-path";
import { printCell } from "../values/format-number";
import { columnWidths } from "./column-widths";
import { STYLE, TABLE_TEXT } from "./styles";
import { CELL_MARGIN, valueCellSizes } from "./table-fit";
import { twipsFromPt } from "./units";

/** A row is at least one line of table text plus 3 pt. */
const ROW_MIN_HEIGHT = TABLE_TEXT.line + twipsFromPt(3);

let kinds: Map<string, CellKind> | undefined;
function kindOf(path: string): CellKind {
  kinds ??= new Map(cellDefs(gov2021).map((d) => [d.path, d.kind]));
  return kinds.get(path) ?? "count";
}

function cellText(cell: LayoutCell, report: Report): string {
  if (cell.role !== "value" || !cell.path) return cell.text;
  return printCell(getPath(report, cell.path), kindOf(cell.path));
}

function alignment(cell: LayoutCell, layout: TableLayout) {
  if (cell.role === "value" || cell.role === "column-header") return AlignmentType.CENTER;
  if (cell.role === "row-header" && layout.table.type === "stacked") return AlignmentType.CENTER;
  return AlignmentType.LEFT;
}

type Placed = { cell: LayoutCell; text: string; width: number };

/** Each cell with its text and its width (the grid columns it spans). */
function place(layout: TableLayout, report: Report, widths: number[]): Placed[][] {
  const starts = cellColumns(layout);
  return layout.rows.map((cells, r) =>
    cells.map((cell, j) => {
      const col = starts[r]![j]!;
      const width = widths.slice(col, col + cell.colSpan).reduce((a, b) => a + b, 0);
      return { cell, text: cellText(cell, report), width };
    }),
  );
}

function createCell({ cell, text, width }: Placed, layout: TableLayout, valueSize: number = TABLE_TEXT.size): TableCell {
  const value = cell.role === "value";
  return new TableCell({
    columnSpan: cell.colSpan > 1 ? cell.colSpan : undefined,
    rowSpan: cell.rowSpan > 1 ? cell.rowSpan : undefined,
    width: { size: width, type: WidthType.DXA },
    verticalAlign: VerticalAlignTable.CENTER,
    shading: cell.role === "caption" ? { fill: "C6D9F1", type: "clear", color: "auto" } : undefined,
    children: [
      new Paragraph({
        style: STYLE.table,
        alignment: alignment(cell, layout),
        // One run per cell: its languages (Latin en-US, East Asian zh-CN) are the table style's (styles.ts).
        children: [new TextRun({ text, size: value && valueSize !== TABLE_TEXT.size ? valueSize * 2 : undefined })],
      }),
    ],
  });
}

export function createReportTable(key: TableKey, report: Report): Table {
  const layout = tableLayout(gov2021.tables[key]);
  const widths = columnWidths(layout);
  const placed = place(layout, report, widths);
  const values = placed.flat().filter((p) => p.cell.role === "value");
  const sizes = new Map(valueCellSizes(values, TABLE_TEXT.size).map((size, i) => [values[i]!, size]));
  const last = layout.rows.length - 1;
  const rows = placed.map((cells, r) =>
    new TableRow({
      children: cells.map((p) => createCell(p, layout, sizes.get(p))),
      cantSplit: true,
      tableHeader: r < layout.headerRows || undefined,
      keepNext: r < last,
      height: { value: ROW_MIN_HEIGHT, rule: HeightRule.ATLEAST },
    }),
  );
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { top: 0, bottom: 0, left: CELL_MARGIN, right: CELL_MARGIN },
  });
}
