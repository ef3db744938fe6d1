// A sub-heading run in with its text: 「（一）主动公开。本年度，我镇…」 is the heading 「（一）主动公开」 and
// the paragraph 「本年度，我镇…」. Only a numbered line (「（一）」「1.」) is split: at the first 「。」「：」 or
// space after a heading-length phrase, or — when the heading is known and nothing separates it (text from a
// PDF loses the space) — right after the heading's words. 「一是…。」 and ordinary sentences stay whole.
import { splitNumbering } from "../normalise";

const RUN_IN = /^(\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[.、．])\s*[^。：:；;\s]{2,30}?)(?:[。：:；;]|\s+)\s*(\S.*)$/;

export type RunIn = { head: string; rest: string };

/** 「（四）政府信息公开平台建设持续做好…」 with the heading 「（四）政府信息公开平台建设」. */
function afterHeading(line: string, heading: string): RunIn | null {
  const got = splitNumbering(line);
  const words = splitNumbering(heading).body;
  if (!got.raw || !words || got.prefix !== splitNumbering(heading).prefix) return null;
  let i = line.length - line.trimStart().length + got.raw.length; // half-width forms keep lengths
  for (const ch of words) {
    while (i < line.length && /[\s\u3000]/.test(line[i]!)) i++;
    if (line[i] !== ch) return null;
    i++;
  }
  const rest = line.slice(i).replace(/^[\s\u3000。：:；;，,]+/, "").trim();
  return rest ? { head: line.slice(0, i).trim(), rest } : null;
}

export function runInHeading(line: string, heading?: string): RunIn {
  const m = RUN_IN.exec(line);
  if (m) return { head: m[1]!.trim(), rest: m[2]!.trim() };
  return (heading && afterHeading(line, heading)) || { head: line.trim(), rest: "" };
}
