// A report table drawn from tableLayout() — the one source of table geometry — with the clerk's numbers.
// Merged cells as in the official template (国办公开办函〔2021〕30号 附件); blanks print as 0.
import {
  AlignmentType, HeightRule, Paragraph, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType,
} from "docx";
import { gov2021 } from "../../templates/gov-2021";
import { cellDefs } from "../format/cell-path";
import { tableLayout, type LayoutCell, type TableLayout } from "../format/table-layout";
import type { CellKind, TableKey } from "../format/types";
import type { Report } from "../report/types";
import { getPath } from "../values/object-path";
import { printCell } from "../values/format-number";
import { columnWidths } from "./column-widths";
import { cleanText } from "./sanitize";
import { STYLE } from "./styles";

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

/** Small tables stay on one page with their heading; 表三 keeps its header and first rows with it. */
function keepsWithNext(r: number, layout: TableLayout): boolean {
  const last = layout.rows.length - 1;
  return layout.rows.length <= 16 ? r < last : r < layout.headerRows + 2;
}

function createCell(cell: LayoutCell, layout: TableLayout, report: Report, width: number): TableCell {
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
        children: [new TextRun({ text: cleanText(cellText(cell, report)) })],
      }),
    ],
  });
}

export function createReportTable(key: TableKey, report: Report): Table {
  const layout = tableLayout(gov2021.tables[key]);
  const widths = columnWidths(layout);
  const covered: number[] = []; // rows still covered by a vertical merge, per grid column
  const rows = layout.rows.map((cells, r) => {
    let col = 0;
    const children = cells.map((cell) => {
      while ((covered[col] ?? 0) > r) col++; // skip columns merged down from above
      const width = widths.slice(col, col + cell.colSpan).reduce((a, b) => a + b, 0);
      for (let c = col; c < col + cell.colSpan; c++) covered[c] = r + cell.rowSpan;
      col += cell.colSpan;
      return createCell(cell, layout, report, width);
    });
    return new TableRow({
      children,
      cantSplit: true,
      tableHeader: r < layout.headerRows || undefined,
      keepNext: keepsWithNext(r, layout),
      height: { value: 360, rule: HeightRule.ATLEAST },
    });
  });
  return new Table({
    rows,
    columnWidths: widths,
    width: { size: widths.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    alignment: AlignmentType.CENTER,
    margins: { top: 0, bottom: 0, left: 57, right: 57 },
  });
}
