// A pasted block's leading label column(s) — 「一、本年新收政府信息公开申请数量」, 「（一）予以公开」 — and the
// table row each label names. Merged cells copy as the text in their first cell and blanks after it.
import { parseCell } from "../values/parse";

const CJK = /[\u3400-\u9fff]/g;

/** Text that reads as a row label: not a number, with at least two Chinese characters. */
export function isLabelText(text: string): boolean {
  return (text.match(CJK)?.length ?? 0) >= 2 && parseCell(text).kind === "invalid";
}

export const isNumberText = (text: string) => parseCell(text).kind === "number";

/** How many leading columns hold labels: text in some rows, never a number. */
export function labelColumnCount(block: string[][]): number {
  let n = 0;
  while (n < 4) {
    const col = block.map((r) => r[n] ?? "");
    if (!col.some(isLabelText) || col.some(isNumberText)) break;
    n++;
  }
  return n;
}

/** Width-, punctuation- and space-insensitive form: 「（一）予以公开」 = 「(一) 予以公开」. */
export function normLabel(text: string): string {
  return text.normalize("NFKC").replace(/[\s"'“”‘’:：。.．、,，()（）]/g, "");
}

function uniqueMatch(rows: string[][], accept: (candidate: string) => boolean): number | null {
  const hits = rows.flatMap((names, i) => (names.some((n) => accept(normLabel(n))) ? [i] : []));
  return hits.length === 1 ? hits[0]! : null;
}

/**
 * The matrix row a block row's labels name, or null. The most specific label (the last one written)
 * is tried first; a label cut short, or one with a note after it, matches when it is unambiguous.
 */
export function matchRow(labels: string[], rowLabels: string[][]): number | null {
  for (const text of [...labels].reverse()) {
    const want = normLabel(text);
    if (!want) continue;
    const exact = uniqueMatch(rowLabels, (c) => c === want);
    if (exact !== null) return exact;
    const loose = uniqueMatch(rowLabels, (c) => (want.length >= 4 && c.startsWith(want)) || (c.length >= 4 && want.startsWith(c)));
    if (loose !== null) return loose;
  }
  return null;
}
