// The register as a grid of cells (what a clerk's sheet holds), with its merged ranges; writers turn it into
// .xlsx (Excel or WPS flavour), CSV (UTF-8 or GBK) or a block pasted from Excel. `readText` says what text a
// reader should get from a cell in each form, so expected reasons are built from the generator's own cells.
import type { DateCell } from "./cases";

export type Cell = string | number | Date | null;
export type Grid = { rows: Cell[][]; merges: [number, number, number, number][] };
export type Form = "xlsx" | "wps" | "csv-utf8" | "csv-gbk" | "paste";

const pad = (n: number) => String(n).padStart(2, "0");

/** Excel's serial for a day (1900 system, after 1900-03-01). */
export function serialOf(iso: string): number {
  return Math.round(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000) + 25569;
}

/** The cell the generator writes for a date. */
export function dateCell(d: DateCell | null): Cell {
  if (!d) return null;
  if ("text" in d) return d.text;
  const [y, m, dd] = d.iso.split("-").map(Number) as [number, number, number];
  switch (d.style) {
    case "iso":
      return d.iso;
    case "slash":
      return `${y}/${m}/${dd}`;
    case "dot":
      return `${y}.${m}.${dd}`;
    case "cn":
      return `${y}年${m}月${dd}日`;
    case "compact":
      return d.iso.replace(/-/g, "");
    case "time":
      return `${d.iso} ${pad(8 + (dd % 9))}:${pad((m * 7) % 60)}`;
    case "serial":
      return serialOf(d.iso);
    case "date":
      return new Date(Date.UTC(y, m - 1, dd));
  }
}

/** What a reader returns for this cell in this form: a Date cell is ISO from .xlsx, 「2024/3/5」 from CSV. */
export function readText(cell: Cell, form: Form): string {
  if (cell === null) return "";
  if (cell instanceof Date) {
    const iso = `${cell.getUTCFullYear()}-${pad(cell.getUTCMonth() + 1)}-${pad(cell.getUTCDate())}`;
    return form === "xlsx" || form === "wps" ? iso : `${cell.getUTCFullYear()}/${cell.getUTCMonth() + 1}/${cell.getUTCDate()}`;
  }
  return String(cell).replace(/\s*\n\s*/g, " ").trim();
}

function csvField(cell: Cell, form: Form, sep: string): string {
  const text = cell instanceof Date ? readText(cell, "csv-utf8") : cell === null ? "" : String(cell);
  return /["\n\r]/.test(text) || text.includes(sep) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A merged range keeps its text in its first cell only (as Excel and WPS export CSV and copy to the clipboard). */
function unmerged(grid: Grid): Cell[][] {
  const rows = grid.rows.map((r) => [...r]);
  for (const [r1, c1, r2, c2] of grid.merges) {
    for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) if (r !== r1 || c !== c1) rows[r - 1]![c - 1] = null;
  }
  return rows;
}

export function delimited(grid: Grid, form: Form): string {
  const sep = form === "paste" ? "\t" : ",";
  const width = Math.max(...grid.rows.map((r) => r.length));
  const lines = unmerged(grid).map((row) => Array.from({ length: width }, (_, i) => csvField(row[i] ?? null, form, sep)).join(sep));
  return lines.join(form === "paste" ? "\n" : "\r\n") + (form === "paste" ? "" : "\r\n");
}

export async function xlsx(grid: Grid, form: Form, sheetName: string): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  const dateFormat = form === "wps" ? 'yyyy"年"m"月"d"日"' : "yyyy/m/d";
  grid.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null) return;
      const target = ws.getCell(r + 1, c + 1);
      target.value = cell;
      if (cell instanceof Date) target.numFmt = dateFormat;
      if (typeof cell === "string" && cell.includes("\n")) target.alignment = { wrapText: true };
    });
  });
  const merged = unmerged(grid);
  for (const [r1, c1, r2, c2] of grid.merges) {
    ws.mergeCells(r1, c1, r2, c2);
    ws.getCell(r1, c1).value = grid.rows[r1 - 1]![c1 - 1] ?? merged[r1 - 1]![c1 - 1] ?? null;
  }
  // WPS saves the default empty sheets it opened with.
  if (form === "wps") {
    wb.addWorksheet("Sheet2");
    wb.addWorksheet("Sheet3");
  }
  return new Uint8Array((await wb.xlsx.writeBuffer({ useSharedStrings: form !== "wps" } as never)) as ArrayBuffer);
}
