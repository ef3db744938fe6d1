"use client";
// The values of a few fields, refreshed only after the browser has painted the change that touched
// them: a keystroke's own frame repaints just the typed cell; the cells' text under the editor, 总计
// cells and 表三's balance line follow in the next frame (after-next-paint.ts), in one React render.
// One form subscription serves every cell, looked up by the changed field's name: a keystroke costs the
// same whether the grid shows 20 cells or 200.
import { useEffect, useState } from "react";
import { useFormContext, type UseFormWatch, type FieldValues } from "react-hook-form";
import { afterNextPaint } from "./after-next-paint";

type Watch = UseFormWatch<FieldValues>;
type Hub = { byName: Map<string, Set<() => void>>; count: number; stop?: () => void };
const hubs = new WeakMap<Watch, Hub>();

/** Calls `job` after the paint that follows any change of one of `names` (or of the whole form). */
function listen(watch: Watch, names: readonly string[], job: () => void): () => void {
  const h: Hub = hubs.get(watch) ?? { byName: new Map(), count: 0 };
  hubs.set(watch, h);
  if (h.count++ === 0) {
    const sub = watch((_all, { name }) => {
      if (name === undefined) for (const jobs of h.byName.values()) jobs.forEach(afterNextPaint);
      else h.byName.get(name)?.forEach(afterNextPaint);
    });
    h.stop = () => sub.unsubscribe();
  }
  for (const n of names) {
    if (!h.byName.has(n)) h.byName.set(n, new Set());
    h.byName.get(n)!.add(job);
  }
  return () => {
    for (const n of names) {
      const jobs = h.byName.get(n);
      jobs?.delete(job);
      if (jobs?.size === 0) h.byName.delete(n);
    }
    if (--h.count === 0) h.stop?.();
  };
}

const same = (a: unknown[], b: unknown[]) => a.length === b.length && a.every((v, i) => Object.is(v, b[i]));

export function useValuesAfterPaint(names: readonly string[]): unknown[] {
  const { getValues, watch } = useFormContext();
  const [values, setValues] = useState<unknown[]>(() => getValues([...names]));
  useEffect(() => {
    const refresh = () => setValues((old) => {
      const now = getValues([...names]);
      return same(old, now) ? old : now;
    });
    const stop = listen(watch, names, refresh);
    refresh(); // a change between the first render and this subscription
    return stop;
  }, [names, getValues, watch]);
  return values;
}
