// Lines between the headings → the report's prose fields, preamble, title facts and 成文日期.
import type { ReportFormat } from "../format/types";
import type { Report } from "../report/types";
import type { Headings } from "./headings";
import { splitNumbering } from "./normalise";
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
  const at = (i: number) => clean(lines[i] ?? "").replace(/\s+/g, "");
  for (let i = 0; i < Math.min(before, lines.length, 10); i++) {
    // A long title may wrap onto a second line (PDF text).
    for (const [text, last] of [[at(i), i], [at(i) + at(i + 1), i + 1]] as const) {
      if (!text || text.length > 80) continue;
      const m = /^(.*?)(\d{4})年度?(.*政府信息公开.*报告)$/.exec(text);
      // 「{单位}{YYYY}年…报告」 or 「{YYYY}年{地区}政府信息公开工作年度报告」 (format-2021.md §8.4)
      if (m) return { line: last, unitName: m[1] || m[3]!.replace(/政府信息公开.*$/, ""), year: Number(m[2]) };
      if (/政府信息公开.*报告$/.test(text)) return { line: last, unitName: text.replace(/政府信息公开.*$/, ""), year: null };
    }
  }
  return null;
}

/** The signature block at the very end: 「安丘市官庄镇人民政府」「2022年1月24日」. */
export function readSignature(lines: string[], unitName: string): { from: number; date: string } | null {
  let i = lines.length - 1;
  while (i >= 0 && !clean(lines[i]!)) i--;
  const m = i >= 0 ? DATE.exec(clean(lines[i]!).replace(/\s/g, "")) : null;
  if (!m) return null;
  const iso = `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  let from = i;
  let j = i - 1;
  while (j >= 0 && !clean(lines[j]!)) j--;
  const sig = j >= 0 ? clean(lines[j]!) : "";
  if (sig && sig.length <= 30 && (sig.includes(unitName) || /(政府|办事处|局|委员会|办公室)$/.test(sig))) from = j;
  return { from, date: iso };
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
