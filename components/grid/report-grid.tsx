"use client";
// A table step's grid, drawn from tableLayout (the only table geometry). The table scrolls inside its own
// box, never the page: its heading rows, label columns, 总计 column and 表三's balance line stay in view
// (sticky), so every label stays readable from 1024 px to 1920 px and at 100–200 % zoom. Keyboard movement
// and block paste are handled once, on the box, from lib/grid. Typed cells share one editor (grid-editor.ts),
// laid over the cell being edited; it is the grid's one tab stop.
import { useLayoutEffect, useMemo, useRef, useState, type ClipboardEvent, type CSSProperties, type KeyboardEvent } from "react";
import { useFormContext } from "react-hook-form";
import { gov2021 } from "@/templates/gov-2021";
import type { TableDef } from "@/lib/format/types";
import { tableLayout, type LayoutCell } from "@/lib/format/table-layout";
import { cellColumns } from "@/lib/format/cell-columns";
import { navKey, nextCell } from "@/lib/grid/navigate";
import { isBlock, parseClipboardBlock } from "@/lib/grid/clipboard";
import { pasteGrid } from "@/lib/grid/paste-grid";
import { planPaste } from "@/lib/grid/paste";
import { pasteSummary } from "@/lib/grid/paste-summary";
import { useWizard } from "@/components/wizard/wizard-context";
import { TypedCell } from "./typed-cell";
import { createGridEditor, GridEditorContext, type GridEditor } from "./grid-editor";
import { TotalCell } from "./total-cell";
import { BalanceRow } from "./balance-row";
import { gridColumns, type GridColumns } from "./grid-columns";

// Paint containment: each cell keeps its own cached paint, so a keystroke repaints one cell, not the table.
const th = "border-r border-b border-slate-400 bg-slate-100 px-1.5 py-1 font-normal [contain:paint]";

type Place = { start: number; cols: GridColumns };

/** Sticky position of a cell: label columns on the left, the 总计 column on the right. */
function stick(cell: LayoutCell, { start, cols }: Place): { className: string; style?: CSSProperties } {
  if (cell.role !== "caption" && start < cols.labelCount) return { className: "stick-left z-10", style: { left: cols.labelLeft[start] } };
  if (cols.stickyTotal && start === cols.count - 1 && cell.colSpan === 1) return { className: "stick-right z-10" };
  return { className: "" };
}

function Cell({ cell, place, flipMessage }: { cell: LayoutCell; place: Place; flipMessage: boolean }) {
  const span = { colSpan: cell.colSpan, rowSpan: cell.rowSpan };
  const s = stick(cell, place);
  if (cell.role === "value" && !cell.total) return <TypedCell path={cell.path!} flipMessage={flipMessage} {...span} />;
  if (cell.role === "value") {
    return (
      <td {...span} style={s.style} className={`border-r border-b border-slate-400 bg-slate-100 p-0 [contain:paint] ${s.className}`}>
        <TotalCell path={cell.path!} />
      </td>
    );
  }
  if (cell.role === "row-header" && cell.rowSpan > 1)
    // A group label (「三、本年度办理结果」 over 22 rows) stays beside its rows while they scroll by.
    return (
      <th {...span} scope="rowgroup" style={s.style} className={`${th} text-left align-top ${s.className}`}>
        <div className="stick-head">
          {cell.text}
        </div>
      </th>
    );
  if (cell.role === "row-header")
    return (
      <th {...span} scope="row" style={s.style} className={`${th} text-left ${s.className}`}>
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
    <th {...span} scope="col" style={s.style} className={`${th} ${cell.role === "corner" ? "text-left text-xs" : "text-center"} ${s.className}`}>
      {cell.text}
    </th>
  );
}

function Columns({ cols }: { cols: GridColumns }) {
  return (
    <colgroup>
      {cols.widths.map((w, i) => (
        <col key={i} style={w ? { width: w } : undefined} />
      ))}
    </colgroup>
  );
}

function usePaste(table: TableDef, editor: GridEditor) {
  const { setValue } = useFormContext();
  const grid = useMemo(() => pasteGrid(gov2021, table), [table]);
  const [said, setSaid] = useState<{ text: string; skipped: boolean } | null>(null);
  const onPaste = (e: ClipboardEvent<HTMLDivElement>) => {
    const input = e.target as HTMLInputElement;
    const text = e.clipboardData.getData("text/plain");
    if (input.tagName !== "INPUT" || !input.name || !isBlock(text)) return;
    e.preventDefault();
    editor.commit();
    const plan = planPaste(grid, input.name, parseClipboardBlock(text));
    for (const w of plan.writes) setValue(w.path, w.text, { shouldDirty: true });
    setSaid(pasteSummary(plan));
  };
  return { grid, said, onPaste };
}

/**
 * The box ends at the bottom of the window as the step opens (so 表三's balance line is in view at 1366×768
 * without scrolling), but is never shorter than 18 rem. Its parts stick (globals.css) only in the direction
 * the table overflows: every sticky cell is a compositor layer, which would cost each keystroke's frame for
 * nothing on a screen wide enough for the whole table.
 */
function useFitBox(deps: unknown[]) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const fit = () => {
      const top = el.getBoundingClientRect().top + window.scrollY;
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16;
      el.style.maxHeight = `${Math.max(18 * rem, window.innerHeight - top - 0.75 * rem)}px`;
      el.style.setProperty("--grid-head", `${el.querySelector("thead")?.offsetHeight ?? 0}px`);
      el.querySelectorAll<HTMLTableRowElement>("thead > tr").forEach((tr) => tr.style.setProperty("--row-top", `${tr.offsetTop}px`));
      el.style.setProperty("--grid-foot", `${el.querySelector("tfoot")?.offsetHeight ?? 0}px`);
      el.toggleAttribute("data-scroll-x", el.scrollWidth > el.clientWidth + 1);
      el.toggleAttribute("data-scroll-y", el.scrollHeight > el.clientHeight + 1);
    };
    fit();
    const resized = new ResizeObserver(fit);
    resized.observe(el);
    if (el.firstElementChild) resized.observe(el.firstElementChild);
    window.addEventListener("resize", fit);
    return () => {
      resized.disconnect();
      window.removeEventListener("resize", fit);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- refit when what stands above the box changes
  }, deps);
  return box;
}

export function ReportGrid({ table, balance = false }: { table: TableDef; balance?: boolean }) {
  const { issues } = useWizard();
  const layout = useMemo(() => tableLayout(table), [table]);
  const starts = useMemo(() => cellColumns(layout), [layout]);
  const { getValues, setValue, watch } = useFormContext(); // stable functions (the context object is not)
  const editor = useMemo(() => createGridEditor({ getValues, setValue, watch }), [getValues, setValue, watch]);
  const { grid, said, onPaste } = usePaste(table, editor);
  const matrix = grid.matrix;
  const cols = useMemo(() => gridColumns(table, layout, matrix), [table, layout, matrix]);
  const box = useFitBox([said]);
  useLayoutEffect(() => editor.attach(box.current!), [editor, box]);
  const head = layout.rows.slice(0, layout.headerRows);
  const body = layout.rows.slice(layout.headerRows);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const input = e.target as HTMLInputElement;
    if (input.tagName !== "INPUT" || !input.name) return;
    const { selectionStart, selectionEnd, value } = input;
    const key = navKey({ key: e.key, shiftKey: e.shiftKey, selectionStart, selectionEnd, length: value.length });
    const to = key && nextCell(matrix, input.name, key);
    // Tab past the table's last cell (or before its first) leaves the table as usual.
    if ((key === "Tab" || key === "ShiftTab") && !to) return;
    if (key) e.preventDefault();
    // Straight to the next cell: the editor moves over it and keeps the focus (no focus change at all).
    // The cell left behind shows its own error from now on (the editor leaves it without a blur).
    if (to) {
      issues.leave(input.name);
      editor.enter(to);
    }
  };
  const row = (cells: LayoutCell[], r: number, flip = false) =>
    cells.map((c, j) => <Cell key={j} cell={c} place={{ start: starts[r]![j]!, cols }} flipMessage={flip} />);

  return (
    <GridEditorContext value={editor}>
      {said && (
        <p role="status" className={`mb-2 rounded px-2 py-1 text-sm ${said.skipped ? "bg-amber-50 text-amber-950" : "bg-green-50 text-green-900"}`} data-testid="paste-status">
          {said.text}
        </p>
      )}
      <div
        ref={box}
        className="relative max-w-[80rem] overflow-auto border-t border-l border-slate-400 bg-white"
        style={{
          scrollPaddingLeft: cols.labelWidth,
          scrollPaddingRight: cols.stickyTotal ? cols.valueMin : undefined,
          scrollPaddingTop: "var(--grid-head, 0px)",
          scrollPaddingBottom: "var(--grid-foot, 0px)",
        }}
        data-grid-box={table.key}
        onKeyDown={onKeyDown}
        onPaste={onPaste}
      >
        {/* Fixed layout: typing into a cell never makes the browser re-measure the whole table. */}
        <table
          className="w-full table-fixed border-separate border-spacing-0 text-sm"
          style={{ minWidth: cols.minWidth }}
          data-table={table.key}
        >
          <Columns cols={cols} />
          {head.length > 0 && <thead className="stick-top">{head.map((cells, i) => <tr key={i}>{row(cells, i)}</tr>)}</thead>}
          <tbody>
            {body.map((cells, i) => (
              <tr key={i}>{row(cells, layout.headerRows + i, i >= body.length - 3)}</tr>
            ))}
          </tbody>
          {balance && (
            <tfoot className="stick-bottom">
              <BalanceRow labelWidth={cols.labelCount} labelStyle={{ left: 0 }} />
            </tfoot>
          )}
        </table>
      </div>
    </GridEditorContext>
  );
}
