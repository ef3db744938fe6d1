// .xlsx → RegisterSheet[] (#24): a small reader on fflate and saxen, because the libraries tried were 3–5× slower
// on a 10 000-row register (docs/decisions/register-xlsx-reader.md). The zip is inflated once, under the budget
// (xlsx-budget); the workbook says which sheets are visible and where they are (xlsx-parts); each visible sheet's
// rows come from xlsx-sheet — a date-formatted cell as ISO 「2024-03-05」, a formula as its cached result, rich
// text as its plain text — and a merged range repeats its first cell's text in every cell it covers, so a header
// merged across 「申请人情况」 names each column under it. Every cell passes cleanLine (lib/text/hygiene).
import { LIMITS } from "../../import/limits/limits";
import { cleanLine } from "../../text/hygiene";
import { readMessages } from "../messages";
import type { RegisterSheet } from "../types";
import { inflateXlsx } from "./xlsx-budget";
import { bookInfo, sheetMerges, type Merge } from "./xlsx-parts";
import { sheetCells, type SheetContext } from "./xlsx-sheet";
import { dateStyles, sharedStrings } from "./xlsx-styles";

const decoder = new TextDecoder("utf-8");

/** Every cell a merged range covers gets its first (top-left) cell's text, as Excel shows it. */
function fillMerges(cells: string[][], merges: Merge[]): void {
  for (const m of merges) {
    const text = cells[m.top - 1]?.[m.left - 1] ?? "";
    if (!text) continue;
    for (let r = m.top; r <= Math.min(m.bottom, LIMITS.registerRows); r++) {
      while (cells.length < r) cells.push([]);
      const row = cells[r - 1]!;
      for (let c = m.left; c <= Math.min(m.right, LIMITS.registerColumns); c++) {
        while (row.length < c - 1) row.push("");
        row[c - 1] = text;
      }
    }
  }
}

function sheetRows(cells: string[][], merges: Merge[]): RegisterSheet["rows"] {
  const seen = new Map<string, string>(); // a register repeats its dates and categories: clean each text once
  const clean = cells.map((row) =>
    row.map((text) => {
      let done = seen.get(text);
      if (done === undefined) seen.set(text, (done = cleanLine(text)));
      return done;
    }),
  );
  fillMerges(clean, merges);
  return clean.map((row, i) => {
    while (row.length && row[row.length - 1] === "") row.pop();
    return { rowNumber: i + 1, cells: row };
  });
}

function readSheets(parts: Map<string, Uint8Array>): RegisterSheet[] {
  const book = bookInfo(parts);
  if (!book.sheets.length) throw new Error(readMessages.unreadableXlsx); // no workbook: not an .xlsx
  const text = (path: string) => {
    const bytes = parts.get(path);
    return bytes ? decoder.decode(bytes) : "";
  };
  const shared = text(book.sharedStrings);
  const styles = text(book.styles);
  const ctx: SheetContext = { shared: shared ? sharedStrings(shared) : [], dateStyles: styles ? dateStyles(styles) : [], date1904: book.date1904 };
  return book.sheets.flatMap((s) => {
    const part = !s.hidden && s.path ? parts.get(s.path) : undefined;
    if (!part) return [];
    return [{ name: cleanLine(s.name), rows: sheetRows(sheetCells(decoder.decode(part), ctx), sheetMerges(part)) }];
  });
}

export async function readXlsx(bytes: Uint8Array): Promise<RegisterSheet[]> {
  const inflated = inflateXlsx(bytes);
  if (!inflated.ok) throw new Error(inflated.reason === "too-big" ? readMessages.tooMuchInside : readMessages.unreadableXlsx);
  let sheets: RegisterSheet[];
  try {
    sheets = readSheets(inflated.parts);
  } catch (e) {
    if (e instanceof Error && /[\u4e00-\u9fff]/.test(e.message)) throw e; // LIMITS' rows and columns
    throw new Error(readMessages.unreadableXlsx); // XML saxen cannot parse
  }
  return sheets;
}
