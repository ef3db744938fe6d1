// A report run together on one line, or on a few long lines (crawler text, copies from some CMS pages): no line
// is a heading, so nothing is found. Here the lines are cut again where the report's parts start — the title,
// each section heading (whatever its number: a report may number its own way), each sub-heading of 一 and 六, the
// signature and date at the end — and the tables' text stands one cell per line, as a PDF viewer's copy gives
// it, so that the table reader sees cells. Only lines long enough to hold more than a heading are cut.
import type { ReportFormat } from "../../../format/types";
import { LIMITS } from "../../limits/limits";
import { normLabel, similarity } from "../../normalise";

const LONG = 80; // characters: a heading is at most 40, a title about 60
const SECTION_NO = /[一二三四五六七八九十]{1,2}\s*[、.．]\s*|\d{1,2}\s*、\s*/g;
const PART_NO = /[（(]\s*[一二三四五六七八九十\d]{1,2}\s*[)）]\s*/g;
const TITLE = /^(.{0,60}?\d{4}\s*年度?.{0,24}?政府信息公开(?:工作)?年度?报告)(?=.)/;
const DATE_END = /(\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)\s*$/;
const MIN_SIMILARITY = 0.85;
/** Numbers 「X、」「（X）」 looked at, at most: a report has a few dozen; a text of thousands is not one run together. */
const MAX_NUMBERS = 2_000;

/** `table`: a section heading (of a table or not); absent for sub-headings, which do not end a table. */
type Heading = { body: string; table?: boolean };
type Cut = { at: number; end: number; table?: boolean };

function headingsOf(format: ReportFormat): { sections: Heading[]; parts: Heading[] } {
  const body = (h: string) => normLabel(h.replace(/^\s*(?:[（(][^)）]{1,3}[)）]|[一二三四五六七八九十]{1,2}\s*、)/, ""));
  return {
    sections: format.sections.map((s) => ({ body: body(s.heading), table: Boolean(s.table) })),
    parts: format.sections.flatMap((s) => (s.parts ?? []).map((p) => ({ body: body(p.heading) }))),
  };
}

/** The heading whose words follow `from` most closely, and where they end; null under the threshold. */
function headingAt(line: string, from: number, headings: Heading[]): { end: number; table?: boolean } | null {
  let best: { end: number; table?: boolean; sim: number } | null = null;
  for (const h of headings) {
    for (let len = Math.max(2, h.body.length - 2); len <= h.body.length + 4; len++) {
      const raw = line.slice(from, from + len);
      const sim = similarity(h.body, normLabel(raw));
      if (sim >= MIN_SIMILARITY && (!best || sim > best.sim)) best = { end: from + len, table: h.table, sim };
    }
  }
  return best;
}

function cutsOf(line: string, numbers: RegExp, headings: Heading[]): Cut[] {
  const cuts: Cut[] = [];
  for (const m of line.matchAll(numbers)) {
    const hit = headingAt(line, m.index + m[0].length, headings);
    if (hit) cuts.push({ at: m.index, end: hit.end, table: hit.table });
  }
  return cuts;
}

/** The signature at the end: the date, and the short name after the last sentence before it. */
function signatureCuts(line: string): Cut[] {
  const date = DATE_END.exec(line);
  if (!date) return [];
  const before = line.slice(0, date.index);
  const stop = Math.max(before.lastIndexOf("。"), before.lastIndexOf("；"), before.lastIndexOf("！"));
  const name = before.slice(stop + 1).trim();
  const nameAt = name && name.length <= 40 ? before.indexOf(name, stop + 1) : -1;
  return [...(nameAt > 0 ? [{ at: nameAt, end: nameAt }] : []), { at: date.index, end: date.index }];
}

const countOf = (line: string, re: RegExp) => {
  let n = 0;
  for (const _ of line.matchAll(re)) n++;
  return n;
};

/** A table's text as one cell per line: runs of spaces separate cells. */
const cells = (text: string) => text.split(/[\s\u3000]+/).filter(Boolean);

type Place = { first: boolean; last: boolean };

function cutLine(line: string, place: Place, h: ReturnType<typeof headingsOf>, inTable: { on: boolean }): string[] {
  const title = place.first ? TITLE.exec(line) : null;
  const cuts = [...(title ? [{ at: 0, end: title[1]!.length }] : []), ...cutsOf(line, SECTION_NO, h.sections), ...cutsOf(line, PART_NO, h.parts), ...(place.last ? signatureCuts(line) : [])]
    .sort((a, b) => a.at - b.at)
    .filter((c, i, all) => i === 0 || c.at >= all[i - 1]!.end);
  const out: string[] = [];
  const text = (from: number, to: number) => {
    const piece = line.slice(from, to).trim();
    if (piece) out.push(...(inTable.on ? cells(piece) : [piece]));
  };
  let pos = 0;
  for (const c of cuts) {
    text(pos, c.at);
    if (c.end > c.at) out.push(line.slice(c.at, c.end).trim());
    if (c.table !== undefined) inTable.on = c.table;
    pos = c.end;
  }
  text(pos, line.length);
  return out;
}

/**
 * The lines cut where the report's parts start (every line, once one is long enough to hold more than a heading);
 * null when none is, or nothing was cut.
 */
export function splitRunTogether(format: ReportFormat, lines: string[]): string[] | null {
  if (!lines.some((l) => l.length > LONG)) return null;
  let numbers = 0;
  for (const l of lines) if ((numbers += countOf(l, SECTION_NO) + countOf(l, PART_NO)) > MAX_NUMBERS) return null;
  const h = headingsOf(format);
  const inTable = { on: false };
  const text = lines.flatMap((l, i) => (l.trim() ? [i] : []));
  const out = lines.flatMap((l, i) => cutLine(l, { first: i === text[0], last: i === text[text.length - 1] }, h, inTable));
  return out.length > LIMITS.textLines || out.length === lines.length ? null : out;
}
