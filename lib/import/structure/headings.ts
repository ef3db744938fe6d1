// Finding the six section headings (format-2021.md §2) and the sub-headings of 一 and 六 in a list of
// lines, tolerating the variants seen in the wild (「存在问题及改进情况」, 「1、 总体情况」, 「（3）」).
import type { ReportFormat, SectionDef } from "../../format/types";
import { prosePath, tablePath } from "../../format/cell-path";
import type { Issue } from "../../rules/types";
import { importMessages as m } from "../messages";
import { coverage, halfWidth, normLabel, similarity, splitNumbering } from "../normalise";
import type { ParagraphLook } from "../document";
import { runInHeading } from "./run-in-heading";
import { documentIssue } from "../../rules/structure-rules";

/** `moved`: the section stands under another number, or out of the format's order (a numbering advisory, not 缺少). */
export type Found = { key: string; line: number; text: string; moved?: boolean };
export type Headings = { sections: Found[]; parts: Map<string, Found[]>; findings: Issue[] };

const MAX_HEADING = 40;
const ARABIC = /\d/;

const cleanLine = (s: string) => s.replace(/\[bookmark:[^\]]*\]/g, "").trim();
const bracketed = (prefix: string) => prefix.startsWith("(");
const sectionPath = (s: SectionDef) => (s.table ? tablePath(s.table) : prosePath(s.key));
const rawNumber = (s: string) => halfWidth(s).replace(/\s/g, "");

const NUMERALS = "一二三四五六七八九十";

/** 「1、」 may stand for 「一、」, but 「2.」 is a third-level heading (GB/T 9704—2012 §7.3.3). */
function numberFits(s: SectionDef, raw: string, prefix: string): boolean {
  if (!prefix) return true;
  if (!ARABIC.test(prefix)) return prefix === s.number;
  return !/[.．]$/.test(raw) && NUMERALS[Number(prefix) - 1] === s.number;
}

/** A first-level number (「五、」「5、」), not a third-level 「5.」 (GB/T 9704—2012 §7.3.3). */
const sectionNumber = (raw: string, prefix: string) => Boolean(prefix) && !bracketed(prefix) && !(ARABIC.test(prefix) && /[.．]$/.test(raw));
/** A heading in the format's words under another number is that section, renumbered. */
const RENUMBERED = 0.9;

/** How well a line reads as the section's heading (0: not at all); `moved` when its number is another section's. */
function sectionScore(s: SectionDef, line: string): { score: number; moved: boolean } {
  const none = { score: 0, moved: false };
  if (line.includes("\t") || line.replace(/\s/g, "").length > MAX_HEADING) return none;
  const found = splitNumbering(line);
  if (bracketed(found.prefix)) return none; // 「（一）…」 is a sub-heading
  const sim = similarity(splitNumbering(s.heading).body, found.body);
  if (!numberFits(s, found.raw, found.prefix)) return sectionNumber(found.raw, found.prefix) && sim >= RENUMBERED ? { score: sim / 2, moved: true } : none;
  return { score: found.prefix ? (sim >= 0.7 ? sim : 0) : sim >= 0.85 ? sim : 0, moved: false };
}

function headingFindings(s: SectionDef, found: Found, autoNumbered: boolean): Issue[] {
  const { text } = found;
  const want = splitNumbering(s.heading);
  const got = splitNumbering(text);
  const cells = [sectionPath(s)];
  const out: Issue[] = [];
  if (found.moved) out.push(documentIssue("structure.heading", cells, m.headingMoved(text, s.heading)));
  // Word's automatic list numbering is not in the text; its format lives in numbering.xml.
  else if (!autoNumbered && rawNumber(got.raw) !== rawNumber(want.raw))
    out.push(documentIssue("structure.heading", cells, m.headingNumbering(text, s.heading)));
  if (got.body !== want.body)
    out.push(documentIssue("structure.heading", cells, m.headingWording(text, s.heading)));
  return out;
}

/** How a line looked in Word: outline level, style, alignment, and whether a table follows it. */
export type LineLook = ParagraphLook & { beforeTable?: boolean };

type Candidate = Found & { order: number; score: number; styled: boolean; fits: boolean };

/**
 * Sections the in-order chain left out that still stand in the document under a first-level number, in the
 * format's words, on a line of their own — in another order (「五、其他需要报告的事项」 before 「六、存在的主要问题…」):
 * found, as moved. Only one such line per section (two are ambiguous).
 */
function outOfOrder(chain: Found[], cands: Candidate[]): Found[] {
  const used = new Set(chain.map((f) => f.line));
  const keys = new Set(chain.map((f) => f.key));
  const strong = cands.filter((c) => !keys.has(c.key) && !used.has(c.line) && sectionNumber(splitNumbering(c.text).raw, splitNumbering(c.text).prefix) && c.score >= (c.moved ? RENUMBERED / 2 : RENUMBERED));
  const added: Found[] = [];
  for (const key of new Set(strong.map((c) => c.key))) {
    const lines = strong.filter((c) => c.key === key && !added.some((a) => a.line === c.line));
    if (new Set(lines.map((c) => c.line)).size === 1) added.push({ key, line: lines[0]!.line, text: lines[0]!.text, moved: true });
  }
  return [...chain, ...added].sort((a, b) => a.line - b.line);
}

const add = (a: number[], b: number[]) => a.map((x, i) => x + b[i]!);
const greater = (a: number[], b: number[]) => {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
};

/**
 * Headings come in the template's order, so the headings are the in-order chain of candidates that finds the most
 * of them — a paragraph that repeats a heading's words out of order is body text. Among equal chains: the most in
 * the document's heading style, then the most followed by their content (a table, a sub-heading), then the best
 * wording; still equal, the earliest.
 */
function bestChain(cands: Candidate[]): Found[] {
  // Candidates come in line order. The best chain ending at each order so far (earliest among equals) is kept,
  // so each candidate looks at a handful of orders, not at every earlier candidate: O(n), not O(n²) — a
  // pasted text of 100 000 heading-like lines took 44 s (issue 15).
  const value = (c: Candidate) => [1, c.styled ? 1 : 0, c.fits ? 1 : 0, c.score];
  const best: { v: number[]; prev: number }[] = [];
  const top = new Map<number, number>(); // order → index into best, among candidates on earlier lines
  let pending: number[] = [];
  const commit = () => {
    for (const i of pending) {
      const o = cands[i]!.order;
      const t = top.get(o);
      if (t === undefined || greater(best[i]!.v, best[t]!.v)) top.set(o, i);
    }
    pending = [];
  };
  cands.forEach((c, i) => {
    if (pending.length && cands[pending[0]!]!.line !== c.line) commit();
    let prev = -1;
    for (const [o, j] of top) {
      if (o >= c.order) continue;
      if (prev < 0 || greater(best[j]!.v, best[prev]!.v) || (!greater(best[prev]!.v, best[j]!.v) && j < prev)) prev = j;
    }
    best.push({ v: prev < 0 ? value(c) : add(best[prev]!.v, value(c)), prev });
    pending.push(i);
  });
  let end = -1;
  best.forEach((b, i) => {
    if (end < 0 || greater(b.v, best[end]!.v)) end = i;
  });
  const chain: Found[] = [];
  for (let i = end; i >= 0; i = best[i]!.prev) chain.unshift({ key: cands[i]!.key, line: cands[i]!.line, text: cands[i]!.text, ...(cands[i]!.moved ? { moved: true } : {}) });
  return chain;
}

/**
 * In a document whose headings carry a heading style (outline level), a paragraph in the body's own style is not a
 * heading, whatever it says (GB/T 9704—2012 7.3.3 层次序数 as Word marks them). Any outline level may be a heading
 * (some put 「（一）」 in 标题 1 too); the chain prefers the expected level.
 */
type StyleRule = { styled: boolean; bodyStyle?: string };

function styleRule(lines: string[], looks: readonly (LineLook | undefined)[], cands: Candidate[]): StyleRule {
  const headingLike = new Set(cands.map((c) => c.line));
  const counts = new Map<string, number>(); // the style of the lines no heading could be: "" is Word's default
  looks.forEach((l, i) => {
    if (l && l.outline === undefined && !headingLike.has(i) && cleanLine(lines[i] ?? "")) counts.set(l.style ?? "", (counts.get(l.style ?? "") ?? 0) + 1);
  });
  const bodyStyle = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] || undefined;
  return { styled: cands.filter((c) => c.styled).length >= 2, bodyStyle };
}

const allowed = (rule: StyleRule, look: LineLook | undefined) =>
  !rule.styled || !look || look.outline !== undefined || !look.style || look.style !== rule.bodyStyle;

function nextLine(lines: string[], from: number): string {
  for (let i = from; i < lines.length && i < from + 20; i++) {
    const t = cleanLine(lines[i]!);
    if (t) return t;
  }
  return "";
}

/** The first labels of a table, to see that a heading is followed by its table in plain text. */
function tableStarts(format: ReportFormat, s: SectionDef): string[] {
  const t = s.table ? format.tables[s.table] : undefined;
  if (!t) return [];
  const labels = t.type === "stacked" ? [t.blocks[0]!.caption, t.blocks[0]!.headLabel] : [t.corner ?? "", t.columns[0]!.label, t.rows[0]!.label];
  return labels.filter(Boolean).map(normLabel);
}

function contentFollows(format: ReportFormat, s: SectionDef, lines: string[], line: number, look: LineLook | undefined): boolean {
  if (s.table) {
    if (look?.beforeTable) return true;
    const next = normLabel(nextLine(lines, line + 1));
    return tableStarts(format, s).some((l) => next.startsWith(l.slice(0, 6)));
  }
  const next = nextLine(lines, line + 1);
  return Boolean(next && s.parts?.some((p) => partScore(p.heading, next) > 0));
}

/** Marked as a heading in Word: its outline level, or automatic numbering (「一、」 not in the text). */
const marked = (look: LineLook | undefined, numbered: boolean, level: number) => look?.outline === level || numbered;

function findSections(format: ReportFormat, lines: string[], looks: readonly (LineLook | undefined)[], numbered: ReadonlySet<number>): { found: Found[]; rule: StyleRule } {
  const cands: Candidate[] = [];
  lines.forEach((raw, line) => {
    const text = cleanLine(raw);
    if (!text) return;
    format.sections.forEach((s, order) => {
      const { score, moved } = sectionScore(s, text);
      if (score > 0) cands.push({ key: s.key, line, text, order, score, moved, styled: marked(looks[line], numbered.has(line), 0), fits: contentFollows(format, s, lines, line, looks[line]) });
    });
  });
  const rule = styleRule(lines, looks, cands);
  const usable = cands.filter((c) => allowed(rule, looks[c.line]));
  return { found: outOfOrder(bestChain(usable), usable), rule };
}

function partScore(heading: string, text: string): number {
  if (text.replace(/\s/g, "").length > 60) return 0;
  const want = splitNumbering(heading);
  const got = splitNumbering(text);
  if (!got.prefix && want.prefix) return similarity(want.body, got.body) >= 0.85 ? 1 : 0;
  // 「（四）平台建设」 for 「（四）政府信息公开平台建设」: same number, a shortened wording.
  const shortened = want.prefix === got.prefix && got.body.length >= 3 && coverage(got.body, want.body) >= 0.9;
  const sim = Math.max(similarity(want.body, got.body), coverage(want.body, got.body) >= 0.85 || shortened ? 0.8 : 0);
  return sim >= 0.6 ? sim : 0;
}

function findParts(s: SectionDef, lines: string[], from: number, to: number, looks: readonly (LineLook | undefined)[], numbered: ReadonlySet<number>, rule: StyleRule): Found[] {
  const cands: Candidate[] = [];
  for (let line = from; line < to; line++) {
    const text = cleanLine(lines[line] ?? "");
    if (!text || text.includes("\t") || !allowed(rule, looks[line])) continue;
    (s.parts ?? []).forEach((p, order) => {
      // 「（一）主动公开。本年度…」 is headed 「（一）主动公开」
      const score = partScore(p.heading, runInHeading(text, p.heading).head);
      if (score > 0) cands.push({ key: p.key, line, text, order, score, styled: marked(looks[line], numbered.has(line), 1), fits: false });
    });
  }
  return bestChain(cands);
}

function partFindings(s: SectionDef, parts: Found[]): Issue[] {
  // 二级标题 uses Chinese numerals 「（三）」 (GB/T 9704—2012 §7.3.3); flag 「（3）」「3、」 only.
  return parts.flatMap((p) => {
    const def = s.parts!.find((d) => d.key === p.key)!;
    const got = splitNumbering(p.text);
    if (!ARABIC.test(got.prefix) || ARABIC.test(splitNumbering(def.heading).prefix)) return [];
    const cells = [prosePath(s.key, p.key)];
    return [documentIssue("structure.heading", cells, m.headingNumbering(p.text, def.heading))];
  });
}

export function findHeadings(
  format: ReportFormat,
  lines: string[],
  autoNumbered: ReadonlySet<number> = new Set(),
  looks: readonly (LineLook | undefined)[] = [],
): Headings {
  const { found: sections, rule } = findSections(format, lines, looks, autoNumbered);
  const findings: Issue[] = [];
  const parts = new Map<string, Found[]>();
  for (const s of format.sections) {
    const at = sections.findIndex((f) => f.key === s.key);
    if (at < 0) {
      findings.push(documentIssue("structure.missing-section", [sectionPath(s)], m.missingSection(s.heading)));
      continue;
    }
    const here = sections[at]!;
    findings.push(...headingFindings(s, here, autoNumbered.has(here.line)));
    if (!s.parts) continue;
    const end = sections[at + 1]?.line ?? lines.length;
    const found = findParts(s, lines, here.line + 1, end, looks, autoNumbered, rule);
    parts.set(s.key, found);
    findings.push(...partFindings(s, found));
  }
  return { sections, parts, findings };
}
