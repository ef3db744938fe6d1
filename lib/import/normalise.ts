// Label normalisation for matching what clerks produce against the template labels
// (format-2021.md §4.1: 「商业 企业」, half/full-width brackets and digits, 「1、」 vs 「1.」, 「，」 vs 「、」).

const PUNCT = /[\s\u3000、.,，。．:：;；“”"'‘’「」『』《》<>〈〉·•\-—–_/／]/g;

/** Full-width ASCII → half-width (（ → (, ３ → 3). */
export function halfWidth(text: string): string {
  return text.replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** Comparable form of a label: half-width, no whitespace, no punctuation except brackets. */
export function normLabel(text: string): string {
  return halfWidth(text).replace(PUNCT, "");
}

// 「1.」「1、」「1 」 number a label; 「2021年」 does not.
const PREFIX = /^\s*(?:(\d{1,2})(?:\s*[.、．,，]|\s+)|[(（]\s*([一二三四五六七八九十\d]+)\s*[)）]|([一二三四五六七八九十]+)\s*[、.．,，])\s*/;

export type Numbered = { prefix: string; body: string; raw: string };

/** The format's own headings are split once per line read: remembered (a bounded cache: pure function). */
const split = new Map<string, Numbered>();

/** Splits 「（三）不予公开」 into prefix 「(三)」 and body 「不予公开」; 「1、」「1.」 both give 「1」. */
export function splitNumbering(label: string): Numbered {
  let found = split.get(label);
  if (!found) {
    if (split.size >= 256) split.clear();
    split.set(label, (found = splitOnce(label)));
  }
  return found;
}

function splitOnce(label: string): Numbered {
  const text = halfWidth(label);
  const m = PREFIX.exec(text);
  if (!m) return { prefix: "", body: normLabel(text), raw: "" };
  const prefix = m[1] ?? (m[2] ? `(${m[2]})` : m[3]!);
  return { prefix, body: normLabel(text.slice(m[0].length)), raw: m[0].trim() };
}

/** Length of the longest common subsequence. */
export function lcs(a: string, b: string): number {
  if (!a || !b) return 0;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      cur[j] = ca === b.charCodeAt(j - 1) ? prev[j - 1]! + 1 : Math.max(prev[j]!, cur[j - 1]!);
    }
    [prev, cur] = [cur, prev];
  }
  return prev[b.length]!;
}

/** Dice coefficient over the longest common subsequence: 1 = same, 0 = nothing shared. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  if (!a || !b || a.length > 3 * b.length || b.length > 3 * a.length) return 0;
  return (2 * lcs(a, b)) / (a.length + b.length);
}

/** Share of `expected` found (in order) in `found`: 「…2021年度政务公开工作创新情况」 covers 「年度工作创新情况」. */
export function coverage(expected: string, found: string): number {
  return expected ? lcs(expected, found.slice(0, 4 * expected.length)) / expected.length : 0;
}

export const HAS_CJK = /[\u3400-\u9fff]/;
