// Explicit column widths that fill the 156 mm type area (GB/T 9704—2012 5.2.2 版心) with a fixed table layout.
import type { TableLayout } from "../format/table-layout";
import { TYPE_AREA_WIDTH } from "./paper";
import { twipsFromMm } from "./units";

/** 表三's value columns: 「法律服务机构」 in three lines of 五号, four digits of 五号 on one line (larger numbers
 * get a smaller size, table-fit.ts). */
const VALUE_COLUMN_MM = 11;
/** 表三's outer label columns: 「三、本年度办理结果」 two characters a line, 「（三）不予公开」 four; the
 * innermost label column (the long 1.–8. labels, thirteen characters a line) takes the rest, so that 表三 fits
 * one page and is never broken inside a group (GB/T 9704—2012 8 表格). */
const OUTER_LABEL_MM = [12, 17];

/** Splits `total` twips by `weights`, rounding so the parts add up exactly. */
export function split(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  let given = 0;
  let acc = 0;
  return weights.map((w) => {
    acc += w;
    const upTo = Math.round((total * acc) / sum);
    const part = upTo - given;
    given = upTo;
    return part;
  });
}

export function columnWidths(layout: TableLayout, total = TYPE_AREA_WIDTH): number[] {
  const { table, columnCount } = layout;
  const labelColumns = table.type === "grid" && table.rowLabels ? columnCount - valueColumnCount(layout) : 0;
  if (labelColumns === 0) return split(total, Array(columnCount).fill(1)); // 表二, 表四: equal columns
  const values = Array(columnCount - labelColumns).fill(twipsFromMm(VALUE_COLUMN_MM));
  const labelTotal = total - values.reduce((a, b) => a + b, 0);
  const outer = OUTER_LABEL_MM.slice(0, labelColumns - 1).map(twipsFromMm);
  return [...outer, labelTotal - outer.reduce((a, b) => a + b, 0), ...values];
}

function valueColumnCount(layout: TableLayout): number {
  const body = layout.rows[layout.headerRows] ?? [];
  return body.filter((c) => c.role === "value").length;
}
