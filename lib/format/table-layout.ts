// Merged-cell geometry derived from the row/column trees. The grid, the HTML preview and the .docx
// all draw tables from this one function, so their shapes cannot drift apart.
import type { AxisNode, GridTable, StackedTable, TableDef } from "./types";
import { cellPath } from "./cell-path";
import { depth, leafCount, leaves } from "./walk";

export type LayoutCell = {
  text: string;
  colSpan: number;
  rowSpan: number;
  role: "corner" | "caption" | "column-header" | "row-header" | "value";
  /** Value cells: the field path. */
  path?: string;
  /** Value cells that are totals of other cells. */
  total?: boolean;
};

export type TableLayout = {
  table: TableDef;
  columnCount: number;
  /** Leading rows that form the header (repeat on a new page). */
  headerRows: number;
  /** Each row lists only the cells that start in it (HTML convention). */
  rows: LayoutCell[][];
};

function headerRows(columns: AxisNode[], height: number): LayoutCell[][] {
  const rows: LayoutCell[][] = Array.from({ length: height }, () => []);
  const visit = (nodes: AxisNode[], level: number) => {
    for (const node of nodes) {
      rows[level]!.push({
        text: node.label,
        colSpan: leafCount(node),
        rowSpan: node.children ? 1 : height - level,
        role: "column-header",
      });
      if (node.children) visit(node.children, level + 1);
    }
  };
  visit(columns, 0);
  return rows;
}

function rowLabelCells(nodes: AxisNode[], width: number, level = 0): LayoutCell[][] {
  // Returns one array per leaf row: the label cells that start on that row.
  return nodes.flatMap((node) => {
    const own: LayoutCell = {
      text: node.label,
      colSpan: node.children ? 1 : width - level,
      rowSpan: leafCount(node),
      role: "row-header",
    };
    if (!node.children) return [[own]];
    const below = rowLabelCells(node.children, width, level + 1);
    below[0]!.unshift(own);
    return below;
  });
}

function gridLayout(table: GridTable): TableLayout {
  const labelWidth = table.rowLabels ? depth(table.rows) : 0;
  const height = depth(table.columns);
  const cols = leaves(table.columns);
  const head = headerRows(table.columns, height);
  if (labelWidth > 0) {
    head[0]!.unshift({ text: table.corner ?? "", colSpan: labelWidth, rowSpan: height, role: "corner" });
  }
  const labels = table.rowLabels ? rowLabelCells(table.rows, labelWidth) : [];
  const body = leaves(table.rows).map((row, i) => [
    ...(labels[i] ?? []),
    ...cols.map(
      (col): LayoutCell => ({
        text: "",
        colSpan: 1,
        rowSpan: 1,
        role: "value",
        path: cellPath(table, row.id, col.id),
        total: Boolean(row.node.total || col.node.total),
      }),
    ),
  ]);
  return { table, columnCount: labelWidth + cols.length, headerRows: height, rows: [...head, ...body] };
}

function stackedLayout(table: StackedTable): TableLayout {
  const width = table.valueColumns;
  const rows = table.blocks.flatMap((block) => {
    const span = width / block.columns.length;
    const caption: LayoutCell[] = [{ text: block.caption, colSpan: width + 1, rowSpan: 1, role: "caption" }];
    const head: LayoutCell[] = [
      { text: block.headLabel, colSpan: 1, rowSpan: 1, role: "column-header" },
      ...block.columns.map((c): LayoutCell => ({ text: c.label, colSpan: span, rowSpan: 1, role: "column-header" })),
    ];
    const body = block.rows.map((row): LayoutCell[] => [
      { text: row.label, colSpan: 1, rowSpan: 1, role: "row-header" },
      ...block.columns.map(
        (c): LayoutCell => ({ text: "", colSpan: span, rowSpan: 1, role: "value", path: cellPath(table, row.key, c.key) }),
      ),
    ]);
    return [caption, head, ...body];
  });
  return { table, columnCount: width + 1, headerRows: 0, rows };
}

export function tableLayout(table: TableDef): TableLayout {
  return table.type === "grid" ? gridLayout(table) : stackedLayout(table);
}
