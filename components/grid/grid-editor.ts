"use client";
// The grid's one editor <input>: made once per grid, outside React, laid over the cell being edited. A move
// to another cell changes the input's place, name and value — no React render, no field registration, no
// focus change — so Tab between cells costs no more than Tab between plain fields (issue: keystroke ratio
// ≤ 1.1× a plain <input>). What is typed goes to the form right after the keystroke's frame is painted
// (the browser has already drawn the digit), and at once whenever anything else could read it: before a
// move, on blur, on paste, when the page is hidden. What the form changes itself (paste, 其余空格填0, a
// draft loaded) comes back. The cell under it is marked data-editing while it is focused.
import { createContext, useContext } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";
import { MAX_CELL_TEXT } from "@/lib/wizard/form-values";
import { cellByPath } from "./cell-defs";
import { onPageHidden } from "@/components/ui/on-page-hidden";
import { afterNextPaint } from "./after-next-paint";

type Form = Pick<UseFormReturn<FieldValues>, "getValues" | "setValue" | "watch">;

export type GridEditor = {
  /** Puts the editor over the cell of `path` and focuses it, its text selected (typing replaces it). */
  enter(path: string): void;
  /** Puts what was typed into the form now (it goes after the keystroke's paint otherwise). */
  commit(): void;
  /** Copies the cell's error state (aria-invalid, its message) to the editor, if the editor is on that cell. */
  refresh(path: string): void;
  /** Starts the editor in `box` (the grid's scrolling box) on the first typed cell; returns the clean-up. */
  attach(box: HTMLElement): () => void;
};

export const cellDomId = (path: string) => `cell-${path.replace(/\./g, "-")}`;

// Transparent until focused, so the cell's own background (white, or red for an error) shows through; it
// takes clicks only while focused (to place the caret): a click on the cell otherwise reaches the cell.
const EDITOR_CLASS =
  "pointer-events-none absolute top-0 left-0 z-[5] m-0 block min-w-0 px-1 text-right text-sm tabular-nums " +
  "outline-none focus:pointer-events-auto focus:bg-yellow-50 focus:outline-2 focus:outline-solid " +
  "focus:-outline-offset-2 focus:outline-blue-600 aria-[invalid=true]:bg-red-100 aria-[invalid=true]:text-red-900";

function makeInput(): HTMLInputElement {
  const input = document.createElement("input");
  input.className = EDITOR_CLASS;
  input.autocomplete = "off";
  input.spellcheck = false;
  input.maxLength = MAX_CELL_TEXT;
  input.dataset.gridEditor = "";
  // Entered by keyboard, an error link or a click on its cell: all its text is selected, so 23 typed over
  // 22 gives 23, not 2322. A click into the focused editor places the caret, to correct one digit.
  input.addEventListener("focus", () => input.select());
  return input;
}

/** The cell's place inside the box's scrolled content (read while the layout is clean: no forced layout). */
function placeOf(td: HTMLElement, box: HTMLElement) {
  const r = td.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  return {
    left: r.left - b.left - box.clientLeft + box.scrollLeft + td.clientLeft,
    top: r.top - b.top - box.clientTop + box.scrollTop + td.clientTop,
    width: td.clientWidth,
    height: td.clientHeight,
  };
}

/** Not wholly inside its scrolling box, less the box's scroll-padding (its sticky parts), or the window. */
function outOfView(td: HTMLElement, box: HTMLElement): boolean {
  const r = td.getBoundingClientRect();
  const b = box.getBoundingClientRect();
  const pad = getComputedStyle(box);
  const px = (v: string) => parseFloat(v) || 0;
  return (
    r.top < Math.max(b.top + px(pad.scrollPaddingTop), 0) ||
    r.bottom > Math.min(b.bottom - px(pad.scrollPaddingBottom), innerHeight) ||
    r.left < b.left + px(pad.scrollPaddingLeft) ||
    r.right > b.right - px(pad.scrollPaddingRight)
  );
}

export function createGridEditor(form: Form): GridEditor {
  let input: HTMLInputElement | null = null;
  let box: HTMLElement | null = null;
  let td: HTMLElement | null = null;
  let path: string | null = null;
  let typed = false; // typed into the editor, not yet in the form

  const commit = () => {
    if (!typed || !input || !path) return;
    typed = false;
    form.setValue(path, input.value); // no shouldDirty: nothing reads it, and it compares the whole report
  };

  const cellOf = (p: string) => box?.querySelector<HTMLElement>(`[data-cell="${CSS.escape(p)}"]`) ?? null;
  const shown = () => String(form.getValues(path!) ?? "");
  const textOf = (cell: HTMLElement) => cell.firstElementChild?.firstElementChild as HTMLElement | null;
  const syncAria = () => {
    for (const a of ["aria-invalid", "aria-describedby"]) {
      const v = td!.getAttribute(a);
      if (v === null) input!.removeAttribute(a);
      else input!.setAttribute(a, v);
    }
  };
  const moveOver = (cell: HTMLElement) => {
    const { left, top, width, height } = placeOf(cell, box!);
    Object.assign(input!.style, { transform: `translate(${left}px, ${top}px)`, width: `${width}px`, height: `${height}px` });
  };
  /** Over `cell`: its place is read first, while the layout is still clean (no forced layout). */
  const place = (to: string, cell: HTMLElement) => {
    moveOver(cell);
    if (td) {
      textOf(td)?.style.removeProperty("visibility");
      delete td.dataset.editing;
    }
    td = cell;
    path = to;
    const def = cellByPath.get(to)!;
    input!.name = to;
    input!.id = cellDomId(to);
    input!.setAttribute("aria-label", def.ariaLabel);
    input!.inputMode = def.kind === "amount" ? "decimal" : "numeric";
    input!.value = shown();
    syncAria();
    textOf(cell)?.style.setProperty("visibility", "hidden");
    if (document.activeElement === input) cell.dataset.editing = "";
  };

  return {
    commit,
    enter(to) {
      commit();
      const cell = to === path ? td : cellOf(to);
      if (!input || !box || !cell) return;
      if (to !== path) {
        const hidden = outOfView(cell, box); // read, like the cell's place, before anything changes
        place(to, cell);
        if (hidden) cell.scrollIntoView({ block: "nearest", inline: "nearest" });
      }
      if (document.activeElement === input) input.select();
      else input.focus({ preventScroll: true }); // selects its text (focus listener)
    },
    refresh(of) {
      if (of === path && td) syncAria();
    },
    attach(b) {
      box = b;
      const editor = (input = makeInput());
      editor.addEventListener("input", () => {
        typed = true;
        afterNextPaint(commit);
      });
      editor.addEventListener("focus", () => td && (td.dataset.editing = ""));
      editor.addEventListener("blur", () => {
        commit();
        if (td) delete td.dataset.editing;
      });
      const offHidden = onPageHidden(commit, { early: true }); // before the autosave's own flush
      b.append(editor);
      const first = b.querySelector<HTMLElement>("[data-cell]");
      if (first) place(first.dataset.cell!, first);
      // The table's size changes (window, zoom, fonts, a wrapped label): the editor follows its cell.
      const resized = new ResizeObserver(() => td && moveOver(td));
      resized.observe(b.firstElementChild ?? b);
      // Values the form changed itself: paste, 其余空格填0, a draft loaded or reset.
      const sub = form.watch(() => {
        if (!path || typed) return;
        const now = shown();
        if (editor.value !== now) editor.value = now;
      });
      return () => {
        commit();
        sub.unsubscribe();
        offHidden();
        resized.disconnect();
        editor.remove();
        input = box = td = path = null;
      };
    },
  };
}

export const GridEditorContext = createContext<GridEditor | null>(null);

export function useGridEditor(): GridEditor {
  const editor = useContext(GridEditorContext);
  if (!editor) throw new Error("useGridEditor outside a ReportGrid");
  return editor;
}
