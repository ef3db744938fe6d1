"use client";
// The values of a few fields, refreshed only after the browser has painted the change that touched
// them: a keystroke's own frame repaints just the typed cell; 总计 cells and 表三's balance line
// follow in the next frame. All refreshes due in one frame are batched into one React render.
import { useEffect, useState } from "react";
import { useFormContext } from "react-hook-form";

const due = new Set<() => void>();

function flush() {
  const jobs = [...due];
  due.clear();
  for (const job of jobs) job();
}

/** Runs `job` once, in a task after the next frame is rendered (rAF, then a timer). */
function afterNextPaint(job: () => void) {
  if (due.size === 0) requestAnimationFrame(() => setTimeout(flush, 0));
  due.add(job);
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
    const sub = watch((_all, { name }) => {
      if (name === undefined || names.includes(name)) afterNextPaint(refresh);
    });
    refresh(); // a change between the first render and this subscription
    return () => sub.unsubscribe();
  }, [names, getValues, watch]);
  return values;
}
