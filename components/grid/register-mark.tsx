"use client";
// A cell filled from the case register (issue #24) says so: 「台账 12 件」, part of the cell's description for a
// screen reader, and a click opens the list of its cases. A typed figure that differs from the register is
// marked until the two agree or the clerk keeps it. Only 表三/表四 steps provide the context.
import { createContext, useContext, useMemo, useSyncExternalStore, type MouseEvent } from "react";
import type { RegisterKind } from "@/lib/register/types";
import type { RegisterRecord } from "@/lib/register/types";
import { cellRegisterState, DIFFERS_RULE, registerNote, type CellRegisterState } from "@/components/register/cell-register-state";
import { useWizard } from "@/components/wizard/wizard-context";
import { useValuesAfterPaint } from "./use-values-after-paint";

export type RegisterMarks = { kind: RegisterKind; openCases: (path: string) => void };
export const RegisterMarksContext = createContext<RegisterMarks | null>(null);

const NONE: string[] = [];

/** Whether the rule register.differs stands on this cell (every issue, shown yet or not: the mark says it at once). */
function useDiffers(path: string, watched: boolean): boolean {
  const { issues } = useWizard();
  const get = () => watched && issues.get().issues.some((i) => i.rule === DIFFERS_RULE && i.cells[0] === path);
  return useSyncExternalStore(issues.subscribe, get, get);
}

/** The register's word on this cell, or null (no register for this table). */
export function useRegisterCell(path: string): { state: CellRegisterState; marks: RegisterMarks } | null {
  const marks = useContext(RegisterMarksContext);
  const names = useMemo(() => (marks ? [`register.${marks.kind}`] : NONE), [marks]);
  const [record] = useValuesAfterPaint(names);
  const differs = useDiffers(path, !!marks && !!record);
  const state = marks ? cellRegisterState(record as RegisterRecord | undefined, path, differs) : null;
  return state && marks ? { state, marks } : null;
}

export function RegisterMark({ id, path, state, marks }: { id: string; path: string; state: CellRegisterState; marks: RegisterMarks }) {
  const note = registerNote(state);
  const shown = state.count > 0 || state.differs || state.overridden;
  const open = (e: MouseEvent) => {
    e.stopPropagation();
    marks.openCases(path);
  };
  // The description exists for every cell of a counted table (「来自台账 0 件」 is worth hearing too); the visible
  // mark only where there are cases or a difference. Not a tab stop: the list under the table opens the same.
  return (
    <>
      <span id={id} className="sr-only">
        {note}
      </span>
      {shown && (
        <button
          type="button"
          tabIndex={-1}
          aria-hidden="true"
          title={note}
          data-register-mark={path}
          onClick={open}
          className={`absolute top-0 left-0 z-10 rounded-br px-0.5 text-[10px] leading-3 ${state.differs ? "bg-amber-200 text-amber-950" : "bg-sky-100 text-sky-900"}`}
        >
          台账 {state.count} 件{state.differs ? " ≠" : ""}
        </button>
      )}
    </>
  );
}
