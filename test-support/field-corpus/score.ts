// The field corpus's score (issue #21): each case imported through the real doors — importFile for a file
// (PDFs read by pdf.js as in Node), the pasted-text path for text — and every printed cell compared with the
// data it was made from: exact, wrong (a number that is not the source's), or unread (no number where the
// source has one). Also the format verdict, the arithmetic findings reading caused (table rules the source
// does not break), and unread cells no import.unread finding names.
import { cellDefs } from "../../lib/format/cell-path";
import { importFile } from "../../lib/import/build/import-file";
import { importReport, type ImportResult } from "../../lib/import/build/import-report";
import { checkImported } from "../../lib/import/build/check-imported";
import { readPdfNode } from "../../lib/import/readers/pdf/read-pdf-node";
import { ruleCatalogue } from "../../lib/rules/catalogue";
import { evaluate } from "../../lib/rules/evaluate";
import { getPath } from "../../lib/values/object-path";
import { gov2021 } from "../../templates/gov-2021";
import type { FieldCase } from "./types";

export type CaseScore = {
  layout: string;
  name: string;
  printed: number;
  exact: number;
  wrong: string[];
  unread: string[];
  /** Unread cells that no import.unread finding names. */
  unnamed: string[];
  verdict: { want: string; got: string };
  /** Table-rule messages after import that the source does not give. */
  arithmetic: string[];
  error?: string;
};

export function importCase(c: FieldCase): Promise<ImportResult> {
  return "pasted" in c.input ? Promise.resolve(importReport({ text: c.input.pasted })) : importFile(c.input.name, c.input.bytes, readPdfNode);
}

const tableRuleIds = () => new Set(ruleCatalogue(gov2021).filter((r) => r.family === "table").map((r) => r.id));

/** The format a result states: pre-2019 when it says so, else what detect-format found. */
const verdictOf = (r: Extract<ImportResult, { ok: true }>): string => ("era" in r.detected && r.detected.era === "pre-2019" ? "pre-2019" : r.detected.format);

export async function scoreCase(c: FieldCase): Promise<CaseScore> {
  const skip = new Set(c.notPrinted ?? []);
  const defs = cellDefs(gov2021).filter((d) => !skip.has(d.path));
  const out: CaseScore = { layout: c.layout, name: c.name, printed: defs.length, exact: 0, wrong: [], unread: [], unnamed: [], verdict: { want: c.verdict, got: "—" }, arithmetic: [] };
  const result = await importCase(c);
  if (!result.ok) {
    out.error = result.error;
    out.unread = defs.map((d) => d.path);
    out.unnamed = out.unread;
    return out;
  }
  out.verdict.got = verdictOf(result);
  const named = new Set(result.findings.filter((f) => f.rule === "import.unread").flatMap((f) => f.cells));
  for (const d of defs) {
    const want = getPath(c.source, d.path) ?? null;
    const got = getPath(result.report, d.path) ?? null;
    if (want === got) out.exact++;
    else if (got === null || typeof got === "string") {
      if (want === null && typeof got !== "string") out.exact++;
      else if (typeof got === "string") out.wrong.push(`${d.path}: ${String(want)} → 「${got}」`);
      else {
        out.unread.push(d.path);
        if (!named.has(d.path)) out.unnamed.push(d.path);
      }
    } else out.wrong.push(`${d.path}: ${String(want)} → ${String(got)}`);
  }
  const ids = tableRuleIds();
  const before = new Set(evaluate(c.source).filter((i) => ids.has(i.rule)).map((i) => i.message));
  out.arithmetic = checkImported(result).filter((i) => ids.has(i.rule) && !before.has(i.message)).map((i) => i.message);
  return out;
}

export type LayoutScore = { layout: string; cases: number; printed: number; exact: number; wrong: number; unread: number; unnamed: number; verdictsRight: number; arithmetic: number };

/** Sums per layout, and over all. */
export function summarise(scores: CaseScore[]): { layouts: LayoutScore[]; total: LayoutScore } {
  const add = (acc: LayoutScore, s: CaseScore): LayoutScore => ({
    ...acc,
    cases: acc.cases + 1,
    printed: acc.printed + s.printed,
    exact: acc.exact + s.exact,
    wrong: acc.wrong + s.wrong.length,
    unread: acc.unread + s.unread.length,
    unnamed: acc.unnamed + s.unnamed.length,
    verdictsRight: acc.verdictsRight + (s.verdict.want === s.verdict.got ? 1 : 0),
    arithmetic: acc.arithmetic + s.arithmetic.length,
  });
  const zero = (layout: string): LayoutScore => ({ layout, cases: 0, printed: 0, exact: 0, wrong: 0, unread: 0, unnamed: 0, verdictsRight: 0, arithmetic: 0 });
  const by = new Map<string, LayoutScore>();
  for (const s of scores) by.set(s.layout, add(by.get(s.layout) ?? zero(s.layout), s));
  return { layouts: [...by.values()], total: scores.reduce(add, zero("合计")) };
}

export const percent = (s: LayoutScore) => (s.printed ? Math.floor((s.exact / s.printed) * 1000) / 10 : 100);

/** One line per layout, as the bench prints it. */
export function scoreLine(s: LayoutScore): string {
  return `${s.layout}：${s.exact}/${s.printed} 格准确（${percent(s)}%），错 ${s.wrong}，未读 ${s.unread}（未说明原因 ${s.unnamed}），格式判断 ${s.verdictsRight}/${s.cases}，读错引起的勾稽错误 ${s.arithmetic}`;
}
