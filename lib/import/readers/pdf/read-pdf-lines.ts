// Text runs → lines (runs on one baseline, left to right) and the text of a line or a table cell. A PDF
// has no space characters to trust: Word and LibreOffice put a gap of about 1/4 em between Chinese and
// Latin text that nobody typed, so a space is written only where the gap is wider than that.
import type { PdfRun } from "./read-pdf-types";

export type PdfLine = { text: string; x0: number; x1: number; y: number; size: number; runs: PdfRun[] };

const WIDE_CHARS = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2010-\u206f"; // CJK, full-width, CJK and general punctuation
const WIDE = new RegExp(`[${WIDE_CHARS}]`);
const BETWEEN_WIDE = new RegExp(`(?<=[${WIDE_CHARS}])\\s+(?=[${WIDE_CHARS}])`, "g");

/** A space between two runs? Never between Chinese characters, next to one for a gap of a full em, between Latin words for a narrow one. */
function spaceBetween(left: PdfRun, right: PdfRun): boolean {
  const gap = right.x - (left.x + left.w);
  const size = Math.max(left.size, right.size);
  const [a, b] = [WIDE.test(left.text.slice(-1)), WIDE.test(right.text[0] ?? "")];
  if (a && b) return false; // justification spreads Chinese characters; a space between them means nothing
  return gap > (a || b ? 1 : 0.15) * size; // a document grid (28 characters a line) widens the Chinese–Latin gap
}

/** Runs of one line, left to right, joined with the spaces the gaps call for. */
export function joinRuns(runs: PdfRun[]): string {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  let text = "";
  sorted.forEach((run, i) => {
    if (i > 0 && spaceBetween(sorted[i - 1]!, run) && !/\s$/.test(text)) text += " ";
    text += run.text;
  });
  // pdf.js puts spaces inside a run whose characters justification spread apart.
  return text.replace(BETWEEN_WIDE, "").replace(/\s+/g, " ").trim();
}

/** Runs → lines: same baseline (within half the font size: table cells centre their text), read top to bottom. */
export function groupLines(runs: PdfRun[]): PdfLine[] {
  const visible = runs.filter((r) => r.text.trim()).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: PdfRun[][] = [];
  for (const run of visible) {
    const line = groups[groups.length - 1];
    const base = line?.[0];
    if (base && Math.abs(run.y - base.y) <= 0.45 * Math.max(base.size, run.size)) line.push(run);
    else groups.push([run]);
  }
  return groups.map((g) => {
    const x0 = Math.min(...g.map((r) => r.x));
    const x1 = Math.max(...g.map((r) => r.x + r.w));
    const size = g.reduce((s, r) => Math.max(s, r.size), 0);
    return { text: joinRuns(g), x0, x1, y: g[0]!.y, size, runs: g };
  });
}

/**
 * Lines broken by wrapping join without a space: Chinese text breaks anywhere, and so do Latin words set
 * in it (LibreOffice and WPS break 「APP」 as 「A」「PP」), which a report has far more of than English prose.
 */
export function joinWrappedText(a: string, b: string): string {
  return a + b;
}

/** The text of a table cell: its lines top to bottom, wrapped text and wrapped numbers rejoined. */
export function cellText(runs: PdfRun[]): string {
  return groupLines(runs).reduce((text, line) => joinWrappedText(text, line.text), "");
}
