// 名单 (roster): the units expected to report — pasted or typed one per line, or the first column of an
// .xlsx/.csv — matched against the batch: who reported, who did not (未提交), who reported twice, who is not
// on the list, and which reports are of another year. Names match by their meaning (unit-key.ts): the known
// variants of one name for certain, a name only alike as 「可能是…，请核对」, never a guess. Every line passes
// the one text hygiene (cleanLine): a zero-width space does not make a second 城关镇.
import { decodeText, looksBinary } from "../import/readers/decode-text";
import { cleanLine } from "../text/hygiene";
import type { ReviewEntry, ReviewFile, RosterResult } from "./types";
import { countyKey, countyOf, probablySame, unitKey } from "./unit-key";

/** A first line that names the column rather than a unit. */
const HEADER = /^(序号|单位|单位名称|机关|机关名称|名称|部门|部门名称|报送单位|填报单位|单位全称)$/;

function rosterLine(line: string): string {
  return cleanLine(line)
    .replace(/^\d{1,4}\s*[.、．)）]\s*/, "") // 「1、官庄镇」 as numbered in a pasted list
    .trim();
}

function fromLines(lines: string[]): string[] {
  const names = lines.map(rosterLine).filter((l) => l !== "");
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

export { probableText } from "./columns";

/**
 * Each roster line with the entries of that unit (readable, of the batch year), by countyKey — the same
 * unit for certain. Entries of another year are listed in wrongYear and do not count as submitted. A roster
 * line nobody matched and a report no line matched that are alike (probablySame) are paired in `probable`:
 * still 未提交 and 不在名单内 until the reviewer says, never credited. notOnRoster and wrongYear hold entry ids.
 */
export function matchRoster(roster: string[], entries: ReviewEntry[], year: number | null): RosterResult {
  const readable = entries.filter((e) => e.status !== "unreadable" && e.unit !== "");
  const wrongYear = readable.filter((e) => year !== null && e.year !== year).map((e) => e.id);
  const candidates = readable.filter((e) => !wrongYear.includes(e.id));
  const county = countyOf([...roster, ...readable.map((e) => e.unit)]);
  const keys = roster.map((r) => countyKey(r, county));
  const owner = new Map<string, number>();
  for (const e of candidates) {
    const i = keys.indexOf(countyKey(e.unit, county));
    if (i >= 0) owner.set(e.id, i);
  }
  const matches = roster.map((name, i) => ({ name, entryIds: candidates.filter((e) => owner.get(e.id) === i).map((e) => e.id) }));
  const missing = matches.filter((m) => m.entryIds.length === 0).map((m) => m.name);
  const notOnRoster = candidates.filter((e) => !owner.has(e.id));
  return {
    matches,
    missing,
    duplicates: matches.filter((m) => m.entryIds.length > 1),
    notOnRoster: notOnRoster.map((e) => e.id),
    wrongYear,
    probable: missing.flatMap((name) => notOnRoster.filter((e) => probablySame(name, e.unit, county)).map((e) => ({ name, entryId: e.id }))),
  };
}
