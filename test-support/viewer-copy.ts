// Test support: the text a PDF viewer puts on the clipboard, simulated from pdf.js's text runs in content
// order: a new line where the baseline changes or a cell's gap opens (so a table comes one cell per line),
// a space for a narrower gap, nothing for the 1/4-em gap Word leaves between Chinese and Latin text.
import type { PdfPage } from "../lib/import/readers/pdf/read-pdf-types";

export function viewerCopy(pages: PdfPage[]): string {
  return pages
    .map((page) => {
      let out = "";
      let last: { y: number; end: number } | null = null;
      for (const run of page.runs) {
        if (!run.text.trim()) continue;
        if (last) {
          const gap = run.x - last.end;
          out += Math.abs(run.y - last.y) > 0.3 * run.size || gap >= 0.6 * run.size ? "\n" : gap > 0.1 * run.size ? " " : "";
        }
        out += run.text;
        last = { y: run.y, end: run.x + run.w };
      }
      return out;
    })
    .join("\n");
}
