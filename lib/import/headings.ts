// Finding the six section headings (format-2021.md §2) and the sub-headings of 一 and 六 in a list of
// lines, tolerating the variants seen in the wild (「存在问题及改进情况」, 「1、 总体情况」, 「（3）」).
import type { ReportFormat, SectionDef } from "../format/types";
import { prosePath, tablePath } from "../format/cell-path";
import type { Issue } from "../rules/types";
import { importMessages as m } from "./messages";
import { coverage, halfWidth, similarity, splitNumbering } from "./normalise";
import { runInHeading } from "./run-in-heading";

export type Found = { key: string; line: number; text: string };
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

function sectionScore(s: SectionDef, line: string): number {
  if (line.includes("\t") || line.replace(/\s/g, "").length > MAX_HEADING) return 0;
  const found = splitNumbering(line);
  if (bracketed(found.prefix) || !numberFits(s, found.raw, found.prefix)) return 0; // 「（一）…」 is a sub-heading
  const sim = similarity(splitNumbering(s.heading).body, found.body);
  return found.prefix ? (sim >= 0.7 ? sim : 0) : sim >= 0.85 ? sim : 0;
}

function headingFindings(s: SectionDef, text: string, autoNumbered: boolean): Issue[] {
  const want = splitNumbering(s.heading);
  const got = splitNumbering(text);
  const cells = [sectionPath(s)];
  const out: Issue[] = [];
  // Word's automatic list numbering is not in the text; its format lives in numbering.xml.
  if (!autoNumbered && rawNumber(got.raw) !== rawNumber(want.raw))
    out.push({ rule: "structure.heading", severity: "warning", cells, message: m.headingNumbering(text, s.heading) });
  if (got.body !== want.body)
    out.push({ rule: "structure.heading", severity: "warning", cells, message: m.headingWording(text, s.heading) });
  return out;
}

function findSections(format: ReportFormat, lines: string[]): Found[] {
  const found: Found[] = [];
  let next = 0; // sections appear in order; a missing one does not stop the search for the rest
  lines.forEach((raw, line) => {
    const text = cleanLine(raw);
    if (!text) return;
    for (let i = next; i < format.sections.length; i++) {
      const s = format.sections[i]!;
      if (sectionScore(s, text) > 0) {
        found.push({ key: s.key, line, text });
        next = i + 1;
        return;
      }
    }
  });
  return found;
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

function findParts(s: SectionDef, lines: string[], from: number, to: number): Found[] {
  const parts = s.parts ?? [];
  const found: Found[] = [];
  let next = 0;
  for (let line = from; line < to; line++) {
    const text = cleanLine(lines[line] ?? "");
    if (!text || text.includes("\t")) continue;
    for (let i = next; i < parts.length; i++) {
      // 「（一）主动公开。本年度…」 is headed 「（一）主动公开」
      if (partScore(parts[i]!.heading, runInHeading(text, parts[i]!.heading).head) > 0) {
        found.push({ key: parts[i]!.key, line, text });
        next = i + 1;
        break;
      }
    }
  }
  return found;
}

function partFindings(s: SectionDef, parts: Found[]): Issue[] {
  // 二级标题 uses Chinese numerals 「（三）」 (GB/T 9704—2012 §7.3.3); flag 「（3）」「3、」 only.
  return parts.flatMap((p) => {
    const def = s.parts!.find((d) => d.key === p.key)!;
    const got = splitNumbering(p.text);
    if (!ARABIC.test(got.prefix) || ARABIC.test(splitNumbering(def.heading).prefix)) return [];
    const cells = [prosePath(s.key, p.key)];
    return [{ rule: "structure.heading", severity: "warning" as const, cells, message: m.headingNumbering(p.text, def.heading) }];
  });
}

export function findHeadings(format: ReportFormat, lines: string[], autoNumbered: ReadonlySet<number> = new Set()): Headings {
  const sections = findSections(format, lines);
  const findings: Issue[] = [];
  const parts = new Map<string, Found[]>();
  for (const s of format.sections) {
    const at = sections.findIndex((f) => f.key === s.key);
    if (at < 0) {
      findings.push({ rule: "structure.missing-section", severity: "error", cells: [sectionPath(s)], message: m.missingSection(s.heading) });
      continue;
    }
    const here = sections[at]!;
    findings.push(...headingFindings(s, here.text, autoNumbered.has(here.line)));
    if (!s.parts) continue;
    const end = sections[at + 1]?.line ?? lines.length;
    const found = findParts(s, lines, here.line + 1, end);
    parts.set(s.key, found);
    findings.push(...partFindings(s, found));
  }
  return { sections, parts, findings };
}
