// What changed in a paragraph, character by character (Chinese has no spaces to split words at): the common
// start and end are kept whole, and the middle is aligned by the longest common subsequence. A middle too
// long to align within MAX_CELLS (two rewritten essays) is shown as removed and added whole — still correct.
export type Segment = { op: "same" | "removed" | "added"; text: string };

const MAX_CELLS = 4_000_000;

function push(out: Segment[], op: Segment["op"], text: string): void {
  if (!text) return;
  const last = out[out.length - 1];
  if (last && last.op === op) last.text += text;
  else out.push({ op, text });
}

/** Characters as the reader sees them (a character outside the BMP is one, not two halves). */
const chars = (s: string): string[] => Array.from(s);

function align(a: string[], b: string[], out: Segment[]): void {
  const n = a.length;
  const m = b.length;
  if (n * m > MAX_CELLS) {
    push(out, "removed", a.join(""));
    push(out, "added", b.join(""));
    return;
  }
  // lcs[i][j]: the longest common subsequence of a[i..] and b[j..], in one flat array.
  const w = m + 1;
  const lcs = new Uint32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i--)
    for (let j = m - 1; j >= 0; j--)
      lcs[i * w + j] = a[i] === b[j] ? lcs[(i + 1) * w + j + 1]! + 1 : Math.max(lcs[(i + 1) * w + j]!, lcs[i * w + j + 1]!);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) push(out, "same", a[i++]!), j++;
    else if (lcs[(i + 1) * w + j]! >= lcs[i * w + j + 1]!) push(out, "removed", a[i++]!);
    else push(out, "added", b[j++]!);
  }
  push(out, "removed", a.slice(i).join(""));
  push(out, "added", b.slice(j).join(""));
}

export function textDiff(before: string, after: string): Segment[] {
  const a = chars(before);
  const b = chars(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const out: Segment[] = [];
  push(out, "same", a.slice(0, start).join(""));
  align(a.slice(start, a.length - end), b.slice(start, b.length - end), out);
  push(out, "same", a.slice(a.length - end).join(""));
  return out;
}

/** The text a side of the diff had: what was there before (same + removed) or after (same + added). */
export function sideText(segments: Segment[], side: "before" | "after"): string {
  const skip = side === "before" ? "added" : "removed";
  return segments.filter((s) => s.op !== skip).map((s) => s.text).join("");
}
