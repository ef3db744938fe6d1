// Pasting a block copied from Excel/WPS: tab-separated cells, newline-separated rows; cells that
// contain a newline or quote come quoted ("a""b"). The block fills cells from the focused one,
// position by position; computed totals in the way are skipped, not shifted over.
import { locate, type ValueMatrix } from "./value-matrix";

export function parseClipboardBlock(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let i = 0;
  const src = text.replace(/\r\n?/g, "\n");
  while (i < src.length) {
    const ch = src[i]!;
    if (ch === '"' && cell === "") {
      const end = closingQuote(src, i + 1);
      if (end > 0) {
        cell = src.slice(i + 1, end).replace(/""/g, '"');
        i = end + 1;
        continue;
      }
    }
    if (ch === "\t") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
    i++;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Index of the quote closing a quoted cell that starts at `from`, or -1 (then the quote is text). */
function closingQuote(src: string, from: number): number {
  for (let j = from; j < src.length; j++) {
    if (src[j] !== '"') continue;
    if (src[j + 1] === '"') {
      j++;
      continue;
    }
    const next = src[j + 1];
    return next === undefined || next === "\t" || next === "\n" ? j : -1;
  }
  return -1;
}

/** True when the text is more than one cell (a single value is left to the browser's own paste). */
export function isBlock(text: string): boolean {
  return /[\t\n\r]/.test(text.replace(/[\r\n]+$/, ""));
}

export type PasteWrite = { path: string; text: string };

export function pasteTargets(matrix: ValueMatrix, from: string, block: string[][]): PasteWrite[] {
  const start = locate(matrix, from);
  if (!start) return [];
  const writes: PasteWrite[] = [];
  block.forEach((cells, i) => {
    const row = matrix[start.row + i];
    if (!row) return;
    cells.forEach((text, j) => {
      const target = row[start.col + j];
      if (target && !target.total) writes.push({ path: target.path, text: text.trim() });
    });
  });
  return writes;
}
