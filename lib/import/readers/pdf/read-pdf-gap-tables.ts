// Tables printed without ruling lines: lines whose words stand apart in columns. With no lattice to go by,
// the region is laid out as `pdftotext -layout` would (each run at its column, half an em per column) and
// read by the same code as that text (text-cells.ts), which rejoins labels and numbers wrapped in cells.
import type { PdfLine } from "./read-pdf-lines";
import type { PdfRun } from "./read-pdf-types";
import type { PdfTable } from "./read-pdf-tables";
import { textCells } from "../text/text-cells";

const COLUMN_GAP = 1.5; // em between two words of a line that stand in different columns
const NUMBER_GAP = 0.5; // em between two numbers (a number has no space in it)

const NUMBER = /^[\d.,]+$/;
const columnGap = (a: PdfRun, b: PdfRun, size: number) => (NUMBER.test(a.text.trim()) && NUMBER.test(b.text.trim()) ? NUMBER_GAP : COLUMN_GAP) * size;
const MIN_ROWS = 3;
/** Short lines a table may hold between two lines of columns: a label wrapped in a narrow cell, a group label. */
const WRAPPED_LINES = 5;

/** How many columns a line's words stand in: wide gaps between runs, and numbers a run holds apart. */
function segments(line: PdfLine): number {
  const runs = [...line.runs].filter((r) => r.text.trim()).sort((a, b) => a.x - b.x);
  let n = runs.length ? 1 : 0;
  for (let i = 1; i < runs.length; i++) if (runs[i]!.x - (runs[i - 1]!.x + runs[i - 1]!.w) >= columnGap(runs[i - 1]!, runs[i]!, line.size)) n++;
  // pdf.js gives a row of numbers set apart by spaces as one run: 「9993 2266 9992」.
  for (const r of runs) n += r.text.trim().match(/(?<=\d)\s+(?=\d)/g)?.length ?? 0;
  return n;
}

/** The region as layout text: a line starts at its column, half an em to a column, and gaps become spaces. */
function layoutText(lines: PdfLine[]): string {
  const left = Math.min(...lines.map((l) => l.x0));
  return lines
    .map((line) => {
      const half = line.size / 2;
      let out = "";
      let prev: PdfRun | null = null;
      for (const run of [...line.runs].filter((r) => r.text.trim()).sort((a, b) => a.x - b.x)) {
        const gap = run.x - (prev ? prev.x + prev.w : left);
        const spaces = !prev ? Math.round(gap / half) : gap >= columnGap(prev, run, line.size) ? Math.max(2, Math.round(gap / half)) : gap > 0.5 * half ? 1 : 0;
        out += " ".repeat(spaces) + run.text;
        prev = run;
      }
      return out;
    })
    .join("\n");
}

/**
 * Regions of three or more column lines in one size (short lines between them belong: a wrapped label) →
 * tables; the other lines stay text. `full` says whether a line reaches the right margin (prose, not a cell).
 */
export function gapTables(lines: PdfLine[], full: (l: PdfLine) => boolean): { tables: PdfTable[]; rest: PdfLine[] } {
  const tabular = lines.map((l) => segments(l) >= 2);
  const tables: PdfTable[] = [];
  const taken = new Set<PdfLine>();
  let i = 0;
  while (i < lines.length) {
    if (!tabular[i]) {
      i++;
      continue;
    }
    let end = i;
    const size = lines[i]!.size;
    for (let j = i + 1; j < lines.length; j++) {
      const other = Math.abs(lines[j]!.size - size) > 0.15 * size; // a heading in the body's size ends the table
      if (tabular[j] && !other) end = j;
      // A tall cell's label wraps over several short lines between two rows of numbers (（六）'s long rows).
      else if (other || full(lines[j]!) || j - end > WRAPPED_LINES) break;
    }
    // A label wrapped above its row's numbers (vertically centred) belongs too.
    let start = i;
    while (start > i - 2 && start > 0 && !taken.has(lines[start - 1]!) && !tabular[start - 1] && !full(lines[start - 1]!) && Math.abs(lines[start - 1]!.size - size) <= 0.15 * size) start--;
    const region = lines.slice(start, end + 1);
    if (region.filter((_, k) => tabular[start + k]).length >= MIN_ROWS) {
      region.forEach((l) => taken.add(l));
      tables.push({ top: region[0]!.y - region[0]!.size, bottom: region[region.length - 1]!.y, rows: textCells(layoutText(region)) });
    }
    i = end + 1;
  }
  return { tables, rest: lines.filter((l) => !taken.has(l)) };
}
