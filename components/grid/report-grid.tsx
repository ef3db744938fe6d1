"use client";
// A table step's grid, drawn from tableLayout (the only table geometry). Keyboard movement and
// block paste are handled once, on the table, from lib/grid. Typed cells share one roving editor.
import { useMemo, type ClipboardEvent, type KeyboardEvent } from "react";
import { useFormContext } from "react-hook-form";
import type { TableDef } from "@/lib/format/types";
import { tableLayout, type LayoutCell } from "@/lib/format/table-layout";
import { valueMatrix } from "@/lib/grid/value-matrix";
import { navKey, nextCell } from "@/lib/grid/navigate";
import { isBlock, parseClipboardBlock, pasteTargets } from "@/lib/grid/paste";
import { TypedCell } from "./typed-cell";
import { ActiveCellContext, createActiveCell } from "./active-cell";
import { TotalCell } from "./total-cell";
import { BalanceRow } from "./balance-row";

// Paint containment: each cell keeps its own cached paint, so a keystroke repaints one cell, not the table.
const th = "border-r border-b border-slate-400 bg-slate-100 px-1.5 py-1 font-normal [contain:paint]";

function Cell({ cell }: { cell: LayoutCell }) {
  const span = { colSpan: cell.colSpan, rowSpan: cell.rowSpan };
  if (cell.role === "value" && !cell.total) return <TypedCell path={cell.path!} {...span} />;
  if (cell.role === "value") {
    return (
      <td {...span} className="border-r border-b border-slate-400 bg-slate-100 p-0 [contain:paint]">
        <TotalCell path={cell.path!} />
      </td>
    );
  }
  if (cell.role === "row-header")
    return (
      <th {...span} scope="row" className={`${th} text-left`}>
        {cell.text}
      </th>
    );
  if (cell.role === "caption")
    return (
      <th {...span} scope="colgroup" className={`${th} text-left font-bold`}>
        {cell.text}
      </th>
    );
  return (
    <th {...span} scope="col" className={`${th} ${cell.role === "corner" ? "text-left text-xs" : "text-center"}`}>
      {cell.text}
    </th>
  );
}

function Columns({ labelCols, valueCols, wide }: { labelCols: number; valueCols: number; wide: boolean }) {
  // Every label column but the last is narrow (group labels); the last takes the remaining width.
  return (
    <colgroup>
      {Array.from({ length: labelCols }, (_, i) => (
        <col key={`l${i}`} style={i < labelCols - 1 ? { width: "6.5em" } : undefined} />
      ))}
      {Array.from({ length: valueCols }, (_, i) => (
        <col key={`v${i}`} style={labelCols > 0 ? { width: wide ? "9rem" : "5.25rem" } : undefined} />
      ))}
    </colgroup>
  );
}

export function ReportGrid({ table, balance = false }: { table: TableDef; balance?: boolean }) {
  const { setValue } = useFormContext();
  const layout = useMemo(() => tableLayout(table), [table]);
  const active = useMemo(() => createActiveCell(), []);
  const matrix = useMemo(() => valueMatrix(layout), [layout]);
  const valueCols = Math.max(...matrix.map((r) => r.length));
  const labelCols = layout.columnCount - valueCols;
  const head = layout.rows.slice(0, layout.headerRows);
  const body = layout.rows.slice(layout.headerRows);

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const input = e.target as HTMLInputElement;
    if (input.tagName !== "INPUT" || !input.name) return;
    const { selectionStart, selectionEnd, value } = input;
    const key = navKey({ key: e.key, shiftKey: e.shiftKey, selectionStart, selectionEnd, length: value.length });
    const to = key && nextCell(matrix, input.name, key);
    // Tab past the table's last cell (or before its first) leaves the table as usual.
    if ((key === "Tab" || key === "ShiftTab") && !to) return;
    if (key) e.preventDefault();
    // Straight to the next cell: the editor moves there and takes focus (one focus change, not two).
    if (to) active.set(to);
  };
  const onPaste = (e: ClipboardEvent<HTMLTableElement>) => {
    const input = e.target as HTMLInputElement;
    const text = e.clipboardData.getData("text/plain");
    if (input.tagName !== "INPUT" || !input.name || !isBlock(text)) return;
    e.preventDefault();
    for (const w of pasteTargets(matrix, input.name, parseClipboardBlock(text))) {
      setValue(w.path, w.text, { shouldDirty: true });
    }
  };

  return (
    <ActiveCellContext value={active}>
      {/* Fixed layout: typing into a cell never makes the browser re-measure the whole table. */}
      <table className="w-full table-fixed border-separate border-spacing-0 border-t border-l border-slate-400 bg-white text-sm" onKeyDown={onKeyDown} onPaste={onPaste} data-table={table.key}>
        <Columns labelCols={labelCols} valueCols={valueCols} wide={table.type === "stacked"} />
        {head.length > 0 && (
          <thead>
            {head.map((row, i) => (
              <tr key={i}>{row.map((c, j) => <Cell key={j} cell={c} />)}</tr>
            ))}
          </thead>
        )}
        <tbody>
          {body.map((row, i) => (
            <tr key={i}>{row.map((c, j) => <Cell key={j} cell={c} />)}</tr>
          ))}
        </tbody>
        {balance && (
          <tfoot>
            <BalanceRow labelWidth={layout.columnCount - matrix[0]!.length} />
          </tfoot>
        )}
      </table>
    </ActiveCellContext>
  );
}
