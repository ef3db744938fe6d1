// The register's door (#24): .xlsx (read-excel-file), .csv in UTF-8, UTF-16 or GBK (decodeText), or a block pasted from
// Excel/WPS. An old .xls/.et or anything else is refused with what to do (另存为 .xlsx); the size, row and column
// budgets are LIMITS' (lib/import/limits). Nothing here keeps or sends a cell anywhere: it only reads.
import { LIMITS } from "../../import/limits/limits";
import { decodeText, looksBinary } from "../../import/readers/decode-text";
import { cleanLine } from "../../text/hygiene";
import { readMessages } from "../messages";
import type { RegisterSheet } from "../types";
import { delimitedSheet } from "./delimited";
import { readXlsx } from "./xlsx";

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0]; // .xls, .et, .doc: the old compound file

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

export async function readRegisterFile(bytes: Uint8Array, fileName: string): Promise<RegisterSheet[]> {
  if (bytes.length > LIMITS.inputBytes) throw new Error(readMessages.tooBig(LIMITS.inputBytes / 1024 / 1024));
  const name = cleanLine(fileName);
  if (/\.(xls|et|ett|xlt)$/i.test(name) || startsWith(bytes, OLE)) throw new Error(readMessages.oldExcel);
  if (/\.(xlsx|xlsm)$/i.test(name) || startsWith(bytes, ZIP)) {
    if (!startsWith(bytes, ZIP)) throw new Error(readMessages.unreadableXlsx);
    return readXlsx(bytes);
  }
  if (!/\.(csv|txt|tsv)$/i.test(name)) throw new Error(readMessages.notTable(name));
  const text = decodeText(bytes);
  if (looksBinary(text)) throw new Error(readMessages.binaryCsv);
  const sheet = delimitedSheet(text, name.replace(/\.[^.]+$/, ""));
  if (!sheet.rows.some((r) => r.cells.length)) throw new Error(readMessages.empty);
  return [sheet];
}

/** A block copied from Excel/WPS (tab-separated; a cell with a line break comes quoted). */
export function readPastedRegister(text: string): RegisterSheet {
  if (text.length > LIMITS.textChars * 4) throw new Error(readMessages.tooBig(LIMITS.inputBytes / 1024 / 1024));
  // Cells are cleaned one by one (cleanLine): cleaning the whole block first would turn the tabs into spaces.
  return delimitedSheet(text, "粘贴的表格");
}
