// .xlsx → RegisterSheet[] with read-excel-file (fflate + a SAX parser; loaded when called), which gives each
// cell's raw value: a cell whose number format is a date as a Date, a formula as its cached result (an error
// result such as #N/A as empty), rich text as its plain text. It does not say which sheets are hidden nor which
// cells are merged: those come from xlsx-parts, read from the parts the budget already inflated. A merged range
// repeats its first cell's text in every cell it covers, so a header merged across 「申请人情况」 names each
// column under it. Every cell passes cleanLine (lib/text/hygiene). Why not exceljs: docs/decisions/register-xlsx-reader.md.
import { LIMITS } from "../../import/limits/limits";
import { cleanLine } from "../../text/hygiene";
import { readMessages } from "../messages";
import type { RegisterSheet } from "../types";
import { inflateXlsx } from "./xlsx-budget";
import { bookSheets, sheetMerges, type Merge } from "./xlsx-parts";

type Raw = string | number | boolean | Date | null;

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** A date cell comes as a Date at UTC midnight of the day the clerk typed (a time of day kept if any). */
export function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return "";
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  return h || m ? `${day} ${pad(h)}:${pad(m)}` : day;
}

function valueText(value: Raw): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isoDate(value);
  return String(value);
}

/** Every cell a merged range covers gets its first (top-left) cell's text, as Excel shows it. */
function fillMerges(cells: string[][], merges: Merge[]): void {
  for (const m of merges) {
    const text = cells[m.top - 1]?.[m.left - 1] ?? "";
    if (!text) continue;
    for (let r = m.top; r <= Math.min(m.bottom, LIMITS.registerRows); r++) {
      const row = (cells[r - 1] ??= []);
      for (let c = m.left; c <= Math.min(m.right, LIMITS.registerColumns); c++) {
        while (row.length < c - 1) row.push("");
        row[c - 1] = text;
      }
    }
  }
}

function sheetRows(data: Raw[][], merges: Merge[]): RegisterSheet["rows"] {
  if (data.length > LIMITS.registerRows) throw new Error(readMessages.tooManyRows(LIMITS.registerRows));
  if (data.some((row) => row.length > LIMITS.registerColumns)) throw new Error(readMessages.tooManyColumns(LIMITS.registerColumns));
  const cells = data.map((row) => row.map((v) => cleanLine(valueText(v))));
  fillMerges(cells, merges);
  return Array.from({ length: cells.length }, (_, i) => {
    const row = cells[i] ?? [];
    while (row.length && row[row.length - 1] === "") row.pop();
    return { rowNumber: i + 1, cells: row };
  });
}

export async function readXlsx(bytes: Uint8Array): Promise<RegisterSheet[]> {
  const inflated = inflateXlsx(bytes);
  if (!inflated.ok) throw new Error(inflated.reason === "too-big" ? readMessages.tooMuchInside : readMessages.unreadableXlsx);
  const book = bookSheets(inflated.parts);
  const { default: readXlsxFile } = await import("read-excel-file/universal");
  let read: { sheet: string; data: Raw[][] }[];
  try {
    read = (await readXlsxFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer)) as typeof read;
  } catch {
    throw new Error(readMessages.unreadableXlsx);
  }
  // read-excel-file lists the sheets in the workbook's order, as bookSheets does.
  return read.flatMap((s, i) => {
    const info = book[i];
    if (info?.hidden) return [];
    const part = info?.path ? inflated.parts.get(info.path) : undefined;
    return [{ name: cleanLine(s.sheet), rows: sheetRows(s.data ?? [], part ? sheetMerges(part) : []) }];
  });
}
