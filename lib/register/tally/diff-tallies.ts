// Reloading a changed register (#24): the cells whose count moved, in the order of the new tally.
import type { TallyChange } from "../types";

export function diffTallies(before: Record<string, number> | undefined, after: Record<string, number>): TallyChange[] {
  const paths = [...Object.keys(after), ...Object.keys(before ?? {}).filter((p) => !(p in after))];
  return paths
    .map((path) => ({ path, before: before?.[path] ?? 0, after: after[path] ?? 0 }))
    .filter((c) => c.before !== c.after);
}
