// A block copied from Excel/WPS as text: tab-separated cells, newline-separated rows; cells that
// contain a newline or quote come quoted ("a""b"). Where the block goes is decided in paste.ts.
// Every cell passes the door's text hygiene (lib/text/hygiene.ts): what the clipboard hides is not pasted.
import { cleanLine } from "../text/hygiene";

export function parseClipboardBlock(text: string): string[][] {
  return splitBlock(text).map((row) => row.map(cleanLine));
}

function splitBlock(text: string): string[][] {
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
