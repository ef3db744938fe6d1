// Family text: the prose against the report itself. Numbers and years that contradict the tables or the
// report year (heuristics → warnings), text carried over from last year unedited (an error: it would be
// published as this year's), and prose repeated from last year's report (a warning with the share).
import { cellPath } from "../format/cell-path";
import type { AxisNode, GridTable, ReportFormat } from "../format/types";
import { UPDATE_MARK } from "../report/update-mark";
import { getPath } from "../values/object-path";
import { cellNumber, parseCell } from "../values/parse";
import { textAt, yearOf, type Checkable } from "./checkable";
import { textMessages as m } from "./messages";
import { textFields } from "./prose-fields";
import { repeatedShare } from "./repeated-prose";
import type { Issue } from "./types";

type Field = { path: string; name: string; text: string };

function fields(report: Checkable, format: ReportFormat): Field[] {
  return textFields(format)
    .map((f) => ({ ...f, text: textAt(report, f.path) }))
    .filter((f) => f.text.trim());
}

/** A table figure the prose may quote: its cell(s), how to read it, and other sums it may mean. */
type Figure = { what: string; cells: string[]; patterns: RegExp[]; alsoFine?: string[][] };

const figureCache = new WeakMap<ReportFormat, Figure[]>();

/** Built once per format: the figures and their patterns (the hot path only runs the regexes). */
function figures(format: ReportFormat): Figure[] {
  let figs = figureCache.get(format);
  if (!figs) figureCache.set(format, (figs = buildFigures(format)));
  return figs;
}

function buildFigures(format: ReportFormat): Figure[] {
  const req = format.tables.requests as GridTable;
  const total = req.columns[0]!.children!.find((c) => c.total)!;
  const row = (id: string) => [cellPath(req, id, total.key)];
  const label = (id: string) => `${req.name}“${req.rows.find((r) => r.key === id)!.label}”${total.label}`;
  const appeals = format.tables.appeals as GridTable;
  const [review, litigation] = appeals.columns as [AxisNode, AxisNode];
  const groupTotalKey = review.children!.find((c) => c.total)!.key;
  const groupTotal = (g: string) => cellPath(appeals, "cases", `${g}.${groupTotalKey}`);
  const cases = (word: string) => new RegExp(`${word}(?:事项|案件)?(?:共|为)?(\\d+)\\s*件`, "g");
  return [
    {
      what: label("received"),
      cells: row("received"),
      // 「共受理申请10件（含上年结转2件）」 counts 一 + 二.
      alsoFine: [[...row("received"), ...row("carriedOver")]],
      patterns: [/(?:新?收到|受理|接收到?)[^，。；、\d]{0,14}?申请[^，。；\d]{0,8}?(\d+)\s*件/g],
    },
    { what: label("carriedOver"), cells: row("carriedOver"), patterns: [/上年结转[^，。；\d]{0,10}?(\d+)\s*件/g] },
    { what: `${appeals.name} ${review.label}“${total.label}”`, cells: [groupTotal(review.key)], patterns: [cases(review.label)] },
    {
      what: `${appeals.name} ${litigation.label}“${total.label}”（${litigation.children!.map((c) => c.label).join("、")}之和）`,
      cells: litigation.children!.map((c) => groupTotal(c.key)),
      patterns: [cases(litigation.label)],
    },
  ];
}

function tableValue(report: Checkable, cells: string[]): number | null {
  let sum = 0;
  for (const c of cells) {
    const v = cellNumber(parseCell(getPath(report, c)));
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

const NONE = /(?:未|没有|无)(?:收到|接收到?|受理)[^，。；]{0,12}?申请/;

/** A figure with its value in this report's tables (read once per report, not once per paragraph). */
type Valued = { fig: Figure; inTable: number; fine: Set<number | null> };

function valued(report: Checkable, figs: Figure[]): Valued[] {
  return figs.flatMap((fig) => {
    const inTable = tableValue(report, fig.cells);
    if (inTable === null) return [];
    return [{ fig, inTable, fine: new Set([inTable, ...(fig.alsoFine ?? []).map((cells) => tableValue(report, cells))]) }];
  });
}

function numberMismatch(f: Field, { fig, inTable, fine }: Valued, issues: Issue[]) {
  for (const re of fig.patterns) {
    for (const hit of f.text.matchAll(re)) {
      const said = Number(hit[1]);
      if (!fine.has(said)) issues.push({ rule: "text.number-mismatch", severity: "warning", cells: [f.path, ...fig.cells], message: m.numberMismatch(f.name, hit[0], fig.what, inTable) });
    }
  }
  const none = fig.what.includes("新收") ? NONE.exec(f.text) : null;
  if (none && inTable > 0) issues.push({ rule: "text.number-mismatch", severity: "warning", cells: [f.path, ...fig.cells], message: m.numberMismatch(f.name, none[0], fig.what, inTable) });
}

/** The obvious leftovers only: statistics period, 「YYYY年度未收取」, 「本年度（YYYY年）」, 「现将YYYY年…报告如下」. */
const STALE: RegExp[] = [
  /(\d{4})\s*年\s*1\s*月\s*1\s*日(?:起)?\s*(?:至|到|—|-)\s*(?:(\d{4})\s*年\s*)?12\s*月\s*31\s*日/g,
  /(\d{4})\s*年度?(?:未|没有|无|共)收取/g,
  /本年度[（(](\d{4})年?[)）]/g,
  /现将(\d{4})\s*年度?[^，。；]{0,30}?报告如下/g,
  /(?:编制|编写|发布)了?(\d{4})\s*年度?政府信息公开工作年度报告/g,
];

function staleYears(year: number, f: Field, issues: Issue[]) {
  for (const re of STALE) {
    for (const hit of f.text.matchAll(re)) {
      const years = [hit[1], hit[2]].filter(Boolean).map(Number);
      if (years.some((y) => y < year)) issues.push({ rule: "text.stale-year", severity: "warning", cells: [f.path], message: m.staleYear(f.name, hit[0], year) });
    }
  }
}

const squash = (t: string) => t.replace(/\s+/g, "");

/** 「以上年报告为基础新建」 marks every carried paragraph; a paragraph still marked, or still last year's word for word, is unedited. */
function carriedOver(report: Checkable, f: Field, issues: Issue[]) {
  const cells = [f.path];
  if (f.text.includes(UPDATE_MARK)) {
    issues.push({ rule: "text.carried-over", severity: "error", cells, message: m.carriedMarked(f.name, UPDATE_MARK) });
    return;
  }
  const last = getPath(report.lastYear, f.path);
  if (typeof last === "string" && squash(last).length >= 20 && squash(last) === squash(f.text)) {
    const lastYear = typeof report.lastYear?.year === "number" ? report.lastYear.year : null;
    issues.push({ rule: "text.carried-over", severity: "error", cells, message: m.carriedSame(f.name, lastYear) });
  }
}

/** Share of this year's prose repeated from last year's (考核评估: 内容雷同); warned from this share up. */
export const REPEATED_WARN_AT = 0.5;

function shareOf(report: Checkable, all: Field[]) {
  const pairs = all.map((f) => ({ f, last: getPath(report.lastYear, f.path) }));
  const lastTexts = pairs.flatMap((p) => (typeof p.last === "string" ? [p.last] : []));
  return repeatedShare(all.map((f) => f.text), lastTexts);
}

/** The share (0–1) of this year's prose repeated from last year's — what text.repeated warns about; null without last year's prose. */
export function repeatedProseShare(report: Checkable, format: ReportFormat): number | null {
  if (!report.lastYear?.prose) return null;
  const share = shareOf(report, fields(report, format));
  return share.total === 0 ? 0 : share.repeated / share.total;
}

function repeated(report: Checkable, all: Field[], issues: Issue[]) {
  if (!report.lastYear?.prose) return;
  const share = shareOf(report, all);
  if (share.total === 0 || share.repeated / share.total < REPEATED_WARN_AT) return;
  const top = all
    .map((f, i) => ({ f, n: share.byText[i]! }))
    .filter((x) => x.n > 0)
    .sort((a, b) => b.n - a.n)
    .map((x) => x.f);
  const percent = Math.round((100 * share.repeated) / share.total);
  issues.push({ rule: "text.repeated", severity: "warning", cells: top.map((f) => f.path), message: m.repeated(percent, top.map((f) => f.name)) });
}

export function textIssues(report: Checkable, format: ReportFormat): Issue[] {
  const issues: Issue[] = [];
  const figs = valued(report, figures(format));
  const year = yearOf(report);
  const all = fields(report, format);
  for (const f of all) {
    carriedOver(report, f, issues);
    for (const fig of figs) numberMismatch(f, fig, issues);
    if (year !== null) staleYears(year, f, issues);
  }
  repeated(report, all, issues);
  return issues;
}
