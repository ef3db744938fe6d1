// Two copies of each draft (localStorage: instant; IndexedDB: crash-proof): the newer readable one wins.
import type { ReadDraft } from "./serialize";

const stamp = (r: ReadDraft | null | undefined) => (r ? (r.ok ? r.draft.savedAt : r.savedAt) : "");

export function newest(a: ReadDraft | null | undefined, b: ReadDraft | null | undefined): ReadDraft | null {
  if (!a || !b) return a ?? b ?? null;
  if (a.ok !== b.ok) return a.ok ? a : b; // a readable copy beats a damaged one
  return stamp(b) > stamp(a) ? b : a;
}
