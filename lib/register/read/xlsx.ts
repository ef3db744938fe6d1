// .xlsx → RegisterSheet[] with exceljs (loaded when called: it is heavy). A date-typed cell becomes ISO
// 「2024-03-05」, a formula its cached result, rich text its plain text; a merged range repeats its first cell's
// text in every cell it covers (exceljs reads a merged cell as its master's value), so a header merged across
// 「申请人情况」 names each column under it. Every cell passes cleanLine (lib/text/hygiene).
import type { Cell, CellValue, Worksheet } from "exceljs";
import { LIMITS } from "../../import/limits/limits";
import { cleanLine } from "../../text/hygiene";
import { readMessages } from "../messages";
import type { RegisterSheet } from "../types";
import { xlsxWithinBudget } from "./xlsx-budget";

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** exceljs gives a date cell as a Date at UTC midnight of the day the clerk typed (a time of day kept if any). */
export function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return "";
  const day = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
  const h = d.getUTCHours();
  const m = d.getUTCMinutes();
  return h || m ? `${day} ${pad(h)}:${pad(m)}` : day;
}

function valueText(value: CellValue, cell: Cell): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return isoDate(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "string") return value;
  if (typeof value === "object") {
    if ("result" in value) return valueText((value as { result?: CellValue }).result ?? null, cell);
    if ("richText" in value) return value.richText.map((r) => r.text).join("");
    if ("text" in value && typeof value.text === "string") return value.text;
    if ("error" in value) return String(value.error);
  }
  return cell.text ?? "";
}

function sheetRows(ws: Worksheet): RegisterSheet["rows"] {
  if (ws.rowCount > LIMITS.registerRows) throw new Error(readMessages.tooManyRows(LIMITS.registerRows));
  if (ws.columnCount > LIMITS.registerColumns) throw new Error(readMessages.tooManyColumns(LIMITS.registerColumns));
  const rows: RegisterSheet["rows"] = [];
  for (let r = 1; r <= ws.rowCount; r++) {
    const row = ws.getRow(r);
    const cells: string[] = [];
    const width = Math.min(row.cellCount, LIMITS.registerColumns);
    for (let c = 1; c <= width; c++) {
      const cell = row.getCell(c);
      cells.push(cleanLine(valueText(cell.value, cell)));
    }
    while (cells.length && cells[cells.length - 1] === "") cells.pop();
    rows.push({ rowNumber: r, cells });
  }
  return rows;
}

export async function readXlsx(bytes: Uint8Array): Promise<RegisterSheet[]> {
  const budget = xlsxWithinBudget(bytes);
  if (!budget.ok) throw new Error(budget.reason === "too-big" ? readMessages.tooMuchInside : readMessages.unreadableXlsx);
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  } catch {
    throw new Error(readMessages.unreadableXlsx);
  }
  return wb.worksheets.filter((ws) => ws.state !== "hidden" && ws.state !== "veryHidden").map((ws) => ({ name: cleanLine(ws.name), rows: sheetRows(ws) }));
}
