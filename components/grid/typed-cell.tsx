"use client";
// A cell the clerk types into. It shows its text; the grid's one editor <input> (grid-editor.ts) is laid
// over it when it is focused — by Tab or arrows, a click, or an error link. One editor instead of ~150
// inputs (表三) keeps each keystroke's frame small: the browser (and its autofill scan of every form field)
// sees a single text field.
import { memo, useLayoutEffect, useMemo, type FocusEvent } from "react";
import { useFieldMessage } from "@/components/wizard/wizard-context";
import { remarkNoteId, useFieldRemarks } from "@/components/wizard/remark-store";
import { cellByPath } from "./cell-defs";
import { cellDomId, useGridEditor } from "./grid-editor";
import { useValuesAfterPaint } from "./use-values-after-paint";
import { RegisterMark, useRegisterCell } from "./register-mark";

// The text under the editor need not follow each keystroke in its frame: like the 总计 cells, it is
// refreshed right after the browser has painted the typed digit.
function CellText({ path }: { path: string }) {
  const names = useMemo(() => [path], [path]);
  const [value] = useValuesAfterPaint(names);
  return <span className="block h-7 truncate px-1 text-right leading-7 tabular-nums">{String(value ?? "")}</span>;
}

type Props = { path: string; colSpan?: number; rowSpan?: number; /** Bottom rows: the message opens above the cell. */ flipMessage?: boolean };

export const TypedCell = memo(function TypedCell({ path, colSpan, rowSpan, flipMessage = false }: Props) {
  const editor = useGridEditor();
  const message = useFieldMessage(path);
  const msgId = message ? `${cellDomId(path)}-msg` : undefined;
  // A reviewer's remark on this cell (server mode, issue #26): marked 「审」, its text opens like the message.
  const remarks = useFieldRemarks(path);
  const remarkId = remarks.length ? remarkNoteId(path) : undefined;
  const register = useRegisterCell(path); // 表三/表四 filled from the case register (issue #24)
  const regId = register ? `${cellDomId(path)}-reg` : undefined;
  const describedBy = [msgId, remarkId, regId].filter(Boolean).join(" ") || undefined;
  useLayoutEffect(() => editor.refresh(path), [editor, path, describedBy]);
  const onFocus = (e: FocusEvent<HTMLTableCellElement>) => {
    if (e.target === e.currentTarget) editor.enter(path);
  };
  // Not a tab stop itself (the editor is the grid's one); focusable by a click or an error link.
  // Paint-contained like every grid cell, except while its message must overflow beside it.
  return (
    <td
      colSpan={colSpan}
      rowSpan={rowSpan}
      data-cell={path}
      tabIndex={-1}
      aria-label={cellByPath.get(path)!.ariaLabel}
      aria-invalid={message ? true : undefined}
      aria-describedby={describedBy}
      data-remarked={remarkId ? "" : undefined}
      data-register-differs={register?.state.differs ? "" : undefined}
      onFocus={onFocus}
      className={`group relative cursor-text border-r border-b border-slate-400 p-0 outline-none ${message ? "bg-red-100 text-red-900" : remarkId || register?.state.differs ? "bg-amber-50 [contain:paint]" : "bg-white [contain:paint]"} ${remarkId ? "outline-2 -outline-offset-2 outline-amber-500" : ""}`}
    >
      {/* A fixed, contained box: a changed value never re-lays out the table. */}
      <div className="h-7 [contain:strict]">
        <CellText path={path} />
      </div>
      {remarkId && (
        <>
          <span aria-hidden="true" className="pointer-events-none absolute top-0 left-0 bg-amber-500 px-0.5 text-[10px] leading-3 text-white">
            审
          </span>
          <span
            id={remarkId}
            role="note"
            data-remark=""
            className={`pointer-events-none absolute left-0 z-30 hidden w-64 rounded bg-amber-800 p-2 text-left text-sm font-normal text-white shadow-lg group-hover:block group-data-editing:block ${flipMessage === Boolean(message) ? "top-full" : "bottom-full"}`}
          >
            审核意见：{remarks.map((r) => r.text).join("；")}
          </span>
        </>
      )}
      {register && <RegisterMark id={regId!} path={path} {...register} />}
      {message && (
        <span
          id={msgId}
          role="note"
          className={`pointer-events-none absolute right-0 z-30 hidden w-64 rounded bg-red-700 p-2 text-left text-sm font-normal text-white shadow-lg group-hover:block group-data-editing:block ${flipMessage ? "bottom-full" : "top-full"}`}
        >
          {message}
        </span>
      )}
    </td>
  );
});
