"use client";
// When the page is left or hidden (pagehide; visibilitychange to hidden), the last moment to keep what was
// typed. `early` listeners run before the others — capture on window, which both events reach first — for
// work an autosave must see: the grid's editor puts its pending value into the form before the form is saved.
export function onPageHidden(fn: () => void, { early = false } = {}): () => void {
  const onVisibility = () => document.visibilityState === "hidden" && fn();
  const options = { capture: early };
  window.addEventListener("pagehide", fn, options);
  window.addEventListener("visibilitychange", onVisibility, options);
  return () => {
    window.removeEventListener("pagehide", fn, options);
    window.removeEventListener("visibilitychange", onVisibility, options);
  };
}
