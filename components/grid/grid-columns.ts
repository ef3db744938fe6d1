// Column widths of a grid. Label columns are fixed and at least 8 characters wide (so no label is ever
// squeezed to nothing); value columns share the rest but never get narrower than a 6-digit number. The
// table is at least as wide as that and scrolls inside its box when the window is narrower.
import type { TableDef } from "@/lib/format/types";
import type { TableLayout } from "@/lib/format/table-layout";
import type { ValueMatrix } from "@/lib/grid/value-matrix";

export type GridColumns = {
  count: number;
  labelCount: number;
  /** Per column: a fixed width, or undefined (shares the remaining width). */
  widths: (string | undefined)[];
  /** left offset of each sticky label column. */
  labelLeft: string[];
  labelWidth: string;
  valueMin: string;
  minWidth: string;
  /** The last column is 总计 in every row (表三): it stays in view on the right. */
  stickyTotal: boolean;
};

const LABEL = 8; // rem: 8 characters of the 14 px label text, plus padding
const LAST_LABEL = 13; // rem: the longest labels (「2.申请人逾期未按收费通知要求缴纳费用…」, 36 characters) in at most 3 lines

export function gridColumns(table: TableDef, layout: TableLayout, matrix: ValueMatrix): GridColumns {
  const valueCount = Math.max(...matrix.map((r) => r.length));
  const labelCount = layout.columnCount - valueCount;
  const valueMin = table.type === "stacked" ? 9 : labelCount > 0 ? 5.5 : 4.5;
  const label = Array.from({ length: labelCount }, (_, i) => (i === labelCount - 1 ? LAST_LABEL : LABEL));
  const left = label.map((_, i) => label.slice(0, i).reduce((a, b) => a + b, 0));
  const labelRem = label.reduce((a, b) => a + b, 0);
  const widths = [...label.map((w) => `${w}rem`), ...Array.from({ length: layout.columnCount - labelCount }, () => undefined)];
  return {
    count: layout.columnCount,
    labelCount,
    widths,
    labelLeft: left.map((l) => `${l}rem`),
    labelWidth: `${labelRem}rem`,
    valueMin: `${valueMin}rem`,
    minWidth: `${labelRem + valueMin * (layout.columnCount - labelCount)}rem`,
    stickyTotal: table.type === "grid" && labelCount > 0 && matrix.every((r) => r[r.length - 1]?.total),
  };
}
