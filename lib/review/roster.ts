// 名单 (roster): the units expected to report — pasted or typed one per line, or the first column of an
// .xlsx/.csv — matched against the batch: who reported, who did not (未提交), who reported twice, who is not
// on the list, and which reports are of another year. Names match tolerantly (unit-key.ts).
import { decodeText, looksBinary } from "../import/readers/decode-text";
import type { ReviewEntry, ReviewFile, RosterResult } from "./types";
import { bareKey, unitKey } from "./unit-key";

/** A first line that names the column rather than a unit. */
const HEADER = /^(序号|单位|单位名称|机关|机关名称|名称|部门|部门名称|报送单位|填报单位|单位全称)$/;

function cleanLine(line: string): string {
  return line
    .replace(/^\uFEFF/, "")
    .trim()
    .replace(/^\d{1,4}\s*[.、．)）]\s*/, "") // 「1、官庄镇」 as numbered in a pasted list
    .trim();
}

function fromLines(lines: string[]): string[] {
  const names = lines.map(cleanLine).filter((l) => l !== "");
  if (names[0] && HEADER.test(unitKey(names[0]))) names.shift();
  return [...new Set(names)];
}

/** First cell of a CSV line (quotes as Excel writes them). */
function firstCsvCell(line: string): string {
  const quoted = /^\s*"((?:[^"]|"")*)"/.exec(line);
  if (quoted) return quoted[1]!.replace(/""/g, '"');
  return line.split(/[,，\t]/)[0] ?? "";
}

async function xlsxFirstColumn(bytes: Uint8Array): Promise<string[]> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
  const sheet = wb.worksheets[0];
  if (!sheet) return [];
  const out: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => out.push(row.getCell(1).text ?? ""));
  return out;
}

export const rosterMessages = { unreadable: "名单文件无法读取，请粘贴单位名称（每行一个），或使用 .xlsx、.csv、.txt 文件" };

/** Roster lines: text one per line; .csv/.xlsx first column. Blank lines and a header (单位名称) skipped. */
export async function parseRoster(input: string | ReviewFile): Promise<string[]> {
  if (typeof input === "string") return fromLines(input.split(/\r?\n|\r/));
  if (/\.xlsx$/i.test(input.name)) {
    try {
      return fromLines(await xlsxFirstColumn(input.bytes));
    } catch {
      throw new Error(rosterMessages.unreadable);
    }
  }
  const text = decodeText(input.bytes);
  if (looksBinary(text)) throw new Error(rosterMessages.unreadable); // an old .xls, a .docx, a picture
  const lines = text.split(/\r?\n|\r/);
  return fromLines(/\.csv$/i.test(input.name) ? lines.map(firstCsvCell) : lines);
}

/**
 * Each roster line with the entries of that unit (readable, of the batch year): first by the same key, then
 * by the key without a county prefix. Entries of another year are listed in wrongYear and do not count as
 * submitted. notOnRoster and wrongYear hold entry ids.
 */
export function matchRoster(roster: string[], entries: ReviewEntry[], year: number | null): RosterResult {
  const readable = entries.filter((e) => e.status !== "unreadable" && e.unit !== "");
  const wrongYear = readable.filter((e) => year !== null && e.year !== year).map((e) => e.id);
  const candidates = readable.filter((e) => !wrongYear.includes(e.id));
  const keys = roster.map(unitKey);
  const owner = new Map<string, number>();
  const pass = (key: (k: string) => string) => {
    for (const e of candidates) {
      if (owner.has(e.id)) continue;
      const k = key(unitKey(e.unit));
      const i = keys.findIndex((r) => key(r) === k);
      if (i >= 0) owner.set(e.id, i);
    }
  };
  pass((k) => k);
  pass(bareKey);
  const matches = roster.map((name, i) => ({ name, entryIds: candidates.filter((e) => owner.get(e.id) === i).map((e) => e.id) }));
  return {
    matches,
    missing: matches.filter((m) => m.entryIds.length === 0).map((m) => m.name),
    duplicates: matches.filter((m) => m.entryIds.length > 1),
    notOnRoster: candidates.filter((e) => !owner.has(e.id)).map((e) => e.id),
    wrongYear,
  };
}
