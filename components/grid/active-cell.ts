"use client";
// Which typed cell of a grid holds the one editor <input> (the roving editor). Cells subscribe
// with a per-cell selector, so moving the editor re-renders exactly two cells.
import { createContext, useContext, useSyncExternalStore } from "react";
import { createSignal, type Signal } from "@/lib/wizard/signal";

export type ActiveCell = Signal<string | null>;

export const ActiveCellContext = createContext<ActiveCell | null>(null);

export function createActiveCell(): ActiveCell {
  return createSignal<string | null>(null);
}

export function useIsActiveCell(path: string): boolean {
  const active = useContext(ActiveCellContext);
  if (!active) throw new Error("useIsActiveCell outside a ReportGrid");
  const get = () => active.get() === path;
  return useSyncExternalStore(active.subscribe, get, () => false);
}

export function useActiveCell(): ActiveCell {
  const active = useContext(ActiveCellContext);
  if (!active) throw new Error("useActiveCell outside a ReportGrid");
  return active;
}
