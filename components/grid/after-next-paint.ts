"use client";
// Work a keystroke causes that need not be in its own frame: run once, in a task after the next frame is
// rendered (rAF, then a timer). All jobs due in one frame run together, so React batches their renders.
const due = new Set<() => void>();

function flush() {
  const jobs = [...due];
  due.clear();
  for (const job of jobs) job();
}

export function afterNextPaint(job: () => void): void {
  if (due.size === 0) requestAnimationFrame(() => setTimeout(flush, 0));
  due.add(job);
}
