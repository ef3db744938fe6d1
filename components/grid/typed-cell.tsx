"use client";
// A cell the clerk types into. Only the active cell holds an <input> (registered with the form);
// every other typed cell shows its text. One editor instead of ~150 inputs (表三) keeps each keystroke's
// frame small: the browser (and its autofill scan of every form field) sees a single text field.
import { memo, useLayoutEffect, type FocusEvent, type MouseEvent } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import { useFieldMessage } from "@/components/wizard/wizard-context";
import { MAX_CELL_TEXT } from "@/lib/wizard/form-values";
import { useActiveCell, useIsActiveCell } from "./active-cell";
import { cellByPath } from "./cell-defs";

const box = "block h-7 w-full min-w-0 px-1 text-right tabular-nums";

const cellDomId = (path: string) => `cell-${path.replace(/\./g, "-")}`;

function CellText({ path }: { path: string }) {
  const value = useWatch({ name: path }) as unknown;
  return <span className={`${box} truncate leading-7`}>{String(value ?? "")}</span>;
}

function CellEditor({ path, label, describedBy }: { path: string; label: string; describedBy?: string }) {
  const { register } = useFormContext();
  const def = cellByPath.get(path)!;
  const id = cellDomId(path);
  // Take focus as soon as the editor is in the cell, with its text selected (onFocus below): typing
  // replaces it, as in a spreadsheet; a click inside then places the caret.
  useLayoutEffect(() => {
    (document.getElementById(id) as HTMLInputElement | null)?.focus(); // scrolls only if the cell is out of view
  }, [id]);
  // Whenever the editor is entered — by keyboard, an error link, or a click while it is not focused (the
  // cell edited last, then the clerk clicked elsewhere) — its text is selected, so typing replaces it:
  // 23 over 22 gives 23, not 2322. A click into the focused editor places the caret, to correct one digit.
  const onFocus = (e: FocusEvent<HTMLInputElement>) => e.currentTarget.select();
  const onMouseDown = (e: MouseEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    if (document.activeElement === input) return;
    e.preventDefault();
    input.focus();
    input.select();
  };
  return (
    <input
      {...register(path)}
      id={id}
      onMouseDown={onMouseDown}
      onFocus={onFocus}
      aria-label={label}
      aria-invalid={describedBy ? true : undefined}
      aria-describedby={describedBy}
      inputMode={def.kind === "amount" ? "decimal" : "numeric"}
      autoComplete="off"
      spellCheck={false}
      maxLength={MAX_CELL_TEXT}
      className={`${box} bg-yellow-50 outline-none focus:outline-2 focus:outline-solid focus:-outline-offset-2 focus:outline-blue-600 aria-[invalid=true]:bg-red-100 aria-[invalid=true]:text-red-900`}
    />
  );
}

type Props = { path: string; colSpan?: number; rowSpan?: number; /** Bottom rows: the message opens above the cell. */ flipMessage?: boolean };

export const TypedCell = memo(function TypedCell({ path, colSpan, rowSpan, flipMessage = false }: Props) {
  const active = useActiveCell();
  const isActive = useIsActiveCell(path);
  const message = useFieldMessage(path);
  const label = cellByPath.get(path)!.ariaLabel;
  const msgId = message ? `${cellDomId(path)}-msg` : undefined;
  const onFocus = (e: FocusEvent<HTMLTableCellElement>) => {
    if (e.target !== e.currentTarget) return;
    if (isActive) e.currentTarget.querySelector("input")?.focus();
    else active.set(path);
  };
  // Paint-contained like every grid cell, except while its message must overflow beside it.
  return (
    <td
      colSpan={colSpan}
      rowSpan={rowSpan}
      data-cell={path}
      tabIndex={isActive ? -1 : 0}
      aria-label={isActive ? undefined : label}
      aria-invalid={!isActive && message ? true : undefined}
      aria-describedby={isActive ? undefined : msgId}
      onFocus={onFocus}
      className={`group relative cursor-text border-r border-b border-slate-400 p-0 outline-none ${message ? "bg-red-100 text-red-900" : "bg-white [contain:paint]"}`}
    >
      {/* A fixed, contained box: typing, or moving the editor in or out, never re-lays out the table. */}
      <div className="h-7 [contain:strict]">
        {isActive ? <CellEditor path={path} label={label} describedBy={msgId} /> : <CellText path={path} />}
      </div>
      {message && (
        <span
          id={msgId}
          role="note"
          className={`pointer-events-none absolute right-0 z-30 hidden w-64 rounded bg-red-700 p-2 text-left text-sm font-normal text-white shadow-lg group-focus-within:block group-hover:block ${flipMessage ? "bottom-full" : "top-full"}`}
        >
          {message}
        </span>
      )}
    </td>
  );
});
