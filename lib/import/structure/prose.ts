// Lines between the headings → the report's prose fields, preamble, title facts and 成文日期.
import type { ReportFormat } from "../../format/types";
import type { Report } from "../../report/types";
import type { Headings, LineLook } from "./headings";
import { splitNumbering } from "../normalise";
import { reportText } from "./leftovers";
import { runInHeading } from "./run-in-heading";

const DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/;
const clean = (s: string) => s.replace(/\[bookmark:[^\]]*\]/g, "").trim();

function joinLines(lines: string[], from: number, to: number): string {
  return lines
    .slice(from, to)
    .map(clean)
    .filter(Boolean)
    .join("\n");
}

export type Title = { line: number; unitName: string; year: number | null };

/** 「港口乡2021年政府信息公开工作年度报告」 → 港口乡, 2021. */
export function readTitle(lines: string[], before: number): Title | null {
  // 「标题：…」 is the title; 「发布时间：…」「正文」 and the like (a crawler's, a converter's) are not part of it.
  const at = (i: number) => reportText(clean(lines[i] ?? "")).replace(/\s+/g, "");
  for (let i = 0; i < Math.min(before, lines.length, 10); i++) {
    // A title may stand on up to four lines (GB/T 9704 7.3.1 multi-line titles; a PDF's wrapped lines).
    const joined = [0, 1, 2, 3].map((k) => [Array.from({ length: k + 1 }, (_, j) => at(i + j)).join(""), i + k] as const);
    for (const [text, last] of joined) {
      if (!text || text.length > 80) continue;
      const m = /^(.*?)(\d{4})年度?(.*政府信息公开.*报告)$/.exec(text);
      // 「{单位}{YYYY}年…报告」 or 「{YYYY}年{地区}政府信息公开工作年度报告」 (format-2021.md §8.4)
      if (m) return { line: last, unitName: m[1] || m[3]!.replace(/政府信息公开.*$/, ""), year: Number(m[2]) };
      if (/政府信息公开.*报告$/.test(text)) return { line: last, unitName: text.replace(/政府信息公开.*$/, ""), year: null };
    }
  }
  return null;
}

const SENTENCE = /[。；;，,！!？?：:]/;
const ORG_END = /(政府|办事处|局|委员会|委|办公室|办|厅|部|署|中心|院|所)$/;

/** The style most non-empty lines have: the body's ("" for Word's default). */
function bodyStyleOf(lines: string[], looks: readonly (LineLook | undefined)[]): string {
  const counts = new Map<string, number>();
  looks.forEach((l, i) => {
    if (l && clean(lines[i] ?? "")) counts.set(l.style ?? "", (counts.get(l.style ?? "") ?? 0) + 1);
  });
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? "";
}

/**
 * Where Word tells: 署名 and 成文日期 stand right (or centred over the date), are pushed right with spaces, or have a
 * style of their own; a paragraph in the body's style and alignment is body text.
 */
function placedAsSignature(raw: string, look: LineLook | undefined, bodyStyle: string): boolean {
  if (!look || (!look.align && !look.style) || /^[\s\u3000]{2,}\S/.test(raw)) return true;
  return /^(right|end|center)$/.test(look.align ?? "") || (look.style ?? "") !== bodyStyle;
}

function isSignatureName(raw: string, unitName: string, placed: boolean): boolean {
  const t = clean(raw).replace(/\s/g, "");
  if (!t || t.length > 40 || SENTENCE.test(t) || !placed) return false;
  return t === unitName.replace(/\s/g, "") || t.includes(unitName) || ORG_END.test(t);
}

/**
 * The signature block at the very end (GB/T 9704—2012 7.3.5): 「安丘市官庄镇人民政府」「2022年1月24日」, or the
 * name alone when there is no date yet. `looks` (Word) keeps a body paragraph that happens to match out of it.
 */
export function readSignature(lines: string[], unitName: string, looks: readonly (LineLook | undefined)[] = []): { from: number; date: string } | null {
  const lastBefore = (k: number) => {
    while (k >= 0 && !clean(lines[k]!)) k--;
    return k;
  };
  const bodyStyle = bodyStyleOf(lines, looks);
  const placed = (k: number) => placedAsSignature(lines[k]!, looks[k], bodyStyle);
  const i = lastBefore(lines.length - 1);
  if (i < 0) return null;
  const m = DATE.exec(clean(lines[i]!).replace(/\s/g, ""));
  if (!m || !placed(i)) return isSignatureName(lines[i]!, unitName, placed(i)) ? { from: i, date: "" } : null;
  const iso = `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  const time = Date.parse(`${iso}T00:00:00Z`);
  const real = Number.isFinite(time) && new Date(time).toISOString().startsWith(iso); // not 「2月30日」
  const j = lastBefore(i - 1);
  return { from: j >= 0 && isSignatureName(lines[j]!, unitName, placed(j)) ? j : i, date: real ? iso : "" };
}

/** 「（六）本机关本年度没有其他需要报告的事项。」 is a heading and its own content: keep the sentence. */
function statementHeading(line: string, template: string): string | null {
  const got = splitNumbering(line);
  const want = splitNumbering(template);
  return /。$/.test(line) && got.body.length >= 2 * want.body.length ? clean(line).slice(got.raw.length).trim() : null;
}

export function readProse(format: ReportFormat, lines: string[], h: Headings, end: number, skip?: { from: number; to: number }): Report["prose"] {
  const prose: Report["prose"] = {};
  const stopAt = (line: number) => (skip && line < skip.from ? Math.min(skip.from, end) : end);
  h.sections.forEach((found, i) => {
    const def = format.sections.find((s) => s.key === found.key)!;
    if (def.table) return;
    const to = Math.min(h.sections[i + 1]?.line ?? end, stopAt(found.line));
    const parts = (h.parts.get(def.key) ?? []).filter((p) => p.line < to);
    const text = joinLines(lines, found.line + 1, parts[0]?.line ?? to);
    const values = Object.fromEntries((def.parts ?? []).map((p) => [p.key, ""]));
    parts.forEach((p, k) => {
      const body = joinLines(lines, p.line + 1, parts[k + 1]?.line ?? to);
      // The heading's own sentence, or the text run in after it (「（一）主动公开。本年度…」).
      const heading = def.parts!.find((d) => d.key === p.key)!.heading;
      const own = clean(runInHeading(p.text, heading).rest) || statementHeading(p.text, heading);
      values[p.key] = [own, body].filter(Boolean).join("\n");
    });
    prose[def.key] = { text, parts: values };
  });
  return prose;
}
