"use client";
// Focusing a field by its path after a step change (error summary links, 修改 links).
export function focusField(path: string): boolean {
  const sel = `[name="${CSS.escape(path)}"], [data-path="${CSS.escape(path)}"]`;
  const el = document.querySelector<HTMLElement>(sel);
  if (!el) return false;
  el.scrollIntoView({ block: "center" });
  el.focus({ preventScroll: true });
  return true;
}
