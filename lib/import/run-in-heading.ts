// A sub-heading run in with its text: 「（一）主动公开。本年度，我镇…」 is the heading 「（一）主动公开」 and
// the paragraph 「本年度，我镇…」. Only a numbered line (「（一）」「1.」) is split, at the first 「。」「：」 or
// space after a heading-length phrase; 「一是…。」 and ordinary sentences are left whole.
const RUN_IN = /^(\s*(?:[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[.、．])\s*[^。：:；;\s]{2,30}?)(?:[。：:；;]|\s+)\s*(\S.*)$/;

export function runInHeading(line: string): { head: string; rest: string } {
  const m = RUN_IN.exec(line);
  return m ? { head: m[1]!.trim(), rest: m[2]!.trim() } : { head: line.trim(), rest: "" };
}
