"use client";
// Focusing a field by its path after a step change (error summary links, 修改 links).
export function focusField(path: string): boolean {
  // A field's input, a table cell (focusing it moves the grid's editor there), or a computed total.
  const p = CSS.escape(path);
  const sel = `[name="${p}"], [data-cell="${p}"], [data-path="${p}"]`;
  const el = document.querySelector<HTMLElement>(sel);
  if (!el) return false;
  el.scrollIntoView({ block: "center" });
  el.focus({ preventScroll: true });
  return true;
}
