// Numbers and years in the prose that contradict the report itself (heuristics → warnings only).
import { cellPath, prosePath } from "../format/cell-path";
import type { AxisNode, GridTable, ReportFormat } from "../format/types";
import type { Report } from "../report/types";
import type { Issue } from "../rules/types";
import { getPath } from "../values/object-path";
import { cellNumber, parseCell } from "../values/parse";
import { gov2021 } from "../../templates/gov-2021";
import { importMessages as m } from "./messages";

type Field = { path: string; text: string };

function fields(report: Report): Field[] {
  const out: Field[] = [{ path: "preamble", text: report.preamble }];
  for (const [key, sec] of Object.entries(report.prose)) {
    out.push({ path: prosePath(key), text: sec.text });
    for (const [part, text] of Object.entries(sec.parts)) out.push({ path: prosePath(key, part), text });
  }
  return out.filter((f) => f.text);
}

/** A table figure the prose may quote: its cell(s), how to read it, and other sums it may mean. */
type Figure = { what: string; cells: string[]; patterns: RegExp[]; alsoFine?: string[][] };

function figures(format: ReportFormat): Figure[] {
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

function tableValue(report: Report, cells: string[]): number | null {
  let sum = 0;
  for (const c of cells) {
    const v = cellNumber(parseCell(getPath(report, c)));
    if (v === null) return null;
    sum += v;
  }
  return sum;
}

const NONE = /(?:未|没有|无)(?:收到|接收到?|受理)[^，。；]{0,12}?申请/;

function numberMismatch(report: Report, f: Field, fig: Figure, issues: Issue[]) {
  const inTable = tableValue(report, fig.cells);
  if (inTable === null) return;
  const fine = new Set([inTable, ...(fig.alsoFine ?? []).map((cells) => tableValue(report, cells))]);
  for (const re of fig.patterns) {
    for (const hit of f.text.matchAll(re)) {
      const said = Number(hit[1]);
      if (!fine.has(said)) issues.push({ rule: "text.number-mismatch", severity: "warning", cells: [f.path, ...fig.cells], message: m.numberMismatch(hit[0], fig.what, inTable) });
    }
  }
  const none = fig.what.includes("新收") ? NONE.exec(f.text) : null;
  if (none && inTable > 0) issues.push({ rule: "text.number-mismatch", severity: "warning", cells: [f.path, ...fig.cells], message: m.numberMismatch(none[0], fig.what, inTable) });
}

/** The obvious leftovers only: statistics period, 「YYYY年度未收取」, 「本年度（YYYY年）」, 「现将YYYY年…报告如下」. */
const STALE: RegExp[] = [
  /(\d{4})\s*年\s*1\s*月\s*1\s*日(?:起)?\s*(?:至|到|—|-)\s*(?:(\d{4})\s*年\s*)?12\s*月\s*31\s*日/g,
  /(\d{4})\s*年度?(?:未|没有|无|共)收取/g,
  /本年度[（(](\d{4})年?[)）]/g,
  /现将(\d{4})\s*年度?[^，。；]{0,30}?报告如下/g,
  /(?:编制|编写|发布)了?(\d{4})\s*年度?政府信息公开工作年度报告/g,
];

function staleYears(report: Report, f: Field, issues: Issue[]) {
  for (const re of STALE) {
    for (const hit of f.text.matchAll(re)) {
      const years = [hit[1], hit[2]].filter(Boolean).map(Number);
      if (years.some((y) => y < report.year))
        issues.push({ rule: "text.stale-year", severity: "warning", cells: [f.path], message: m.staleYear(hit[0], report.year) });
    }
  }
}

export function textFindings(report: Report, format: ReportFormat = gov2021): Issue[] {
  const issues: Issue[] = [];
  const figs = figures(format);
  for (const f of fields(report)) {
    for (const fig of figs) numberMismatch(report, f, fig, issues);
    staleYears(report, f, issues);
  }
  return issues;
}
