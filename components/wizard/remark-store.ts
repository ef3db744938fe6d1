"use client";
// The reviewer's remarks as the wizard shows them (issue #26): set by the submission panel (server mode,
// a clerk signed in, the report 退回修改), read beside each field and in each step's issue area. Empty in the
// offline tool: a field asks a Map that has nothing, and nothing re-renders.
import { useSyncExternalStore } from "react";
import type { PlacedRemark, RemarkPlacement } from "@/lib/submission-view/remark-placement";

const EMPTY: RemarkPlacement = { whole: [], byPath: new Map(), byStep: new Map() };
const NONE: PlacedRemark[] = [];
let placement = EMPTY;
let anchored: PlacedRemark[] = NONE;
const listeners = new Set<() => void>();

export function setRemarks(next: RemarkPlacement | null): void {
  placement = next ?? EMPTY;
  anchored = [...placement.byPath.values()].flat();
  listeners.forEach((l) => l());
}

const subscribe = (l: () => void) => (listeners.add(l), () => void listeners.delete(l));

/** The remarks anchored to one field (the same array until the remarks change). */
export function useFieldRemarks(path: string): PlacedRemark[] {
  const get = () => placement.byPath.get(path) ?? NONE;
  return useSyncExternalStore(subscribe, get, () => NONE);
}

export function useStepRemarks(step: string): PlacedRemark[] {
  const get = () => placement.byStep.get(step) ?? NONE;
  return useSyncExternalStore(subscribe, get, () => NONE);
}

export function useWholeRemarks(): PlacedRemark[] {
  const get = () => placement.whole;
  return useSyncExternalStore(subscribe, get, () => NONE);
}

/** Every anchored remark (检查与预览 lists them all). */
export function useAnchoredRemarks(): PlacedRemark[] {
  return useSyncExternalStore(subscribe, () => anchored, () => NONE);
}

/** The DOM id of a field's remark note (aria-describedby). */
export const remarkNoteId = (path: string) => `remark-${path.replace(/[^A-Za-z0-9_-]/g, "-")}`;
