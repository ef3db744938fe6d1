// Which template row does a run of label cells name? Tolerates wrapped labels, typos (「危机」 for
// 「危及」) and variants (「本年新收到…」), but never lets 「2.」 match a row numbered 「3.」.
import { HAS_CJK, lcs, normLabel, similarity, splitNumbering } from "../normalise";
import type { RowSpec, Specs } from "./row-specs";

const ACCEPT = 0.6;

function score(spec: RowSpec, text: string): number {
  const found = splitNumbering(text);
  const want = spec.num;
  if (want.prefix && found.prefix && want.prefix !== found.prefix) return 0;
  const sim = similarity(want.body, found.body);
  // Without its number a short label (「总计」 in a header) is too ambiguous to trust.
  if (want.prefix !== found.prefix && (want.body.length < 6 ? true : sim < 0.9)) return 0;
  // A label cut short by wrapping (PDF text): the part found must read as the start of this row.
  const cut = want.prefix && found.prefix && found.body.length >= 4 && found.body.length < want.body.length;
  const partial = cut ? (0.9 * lcs(found.body, want.body)) / found.body.length : 0;
  return Math.max(sim, partial >= 0.8 ? partial * 0.75 : 0);
}

/** 表四's header: one of its own labels, possibly broken over cells (「结果\n维持」 → 「结果」「维持」). */
function isAppealsHead(run: string[], specs: Specs): boolean {
  if (run.some((t) => specs.appealsHeads.has(normLabel(t)))) return true;
  const joined = normLabel(run.slice(-16).join(""));
  for (const head of specs.appealsHeads) if (head.length >= 4 && joined.includes(head)) return true;
  return false;
}

/** The best row for the last one to four label cells of a run, or the 表四 header, or null. */
export function matchRun(run: string[], specs: Specs): RowSpec | null {
  return matchRunText(run, specs)?.spec ?? null;
}

/**
 * A label that names its row with a dropped or wrong character (「2.其他法律行政止公开」), not merely cut short
 * by wrapping or carrying a note: matched when unambiguous, and said in a note.
 */
export function isNearMiss(spec: RowSpec, text: string): boolean {
  const found = splitNumbering(text).body;
  const want = spec.num.body;
  return found.length > 0 && want.length > 0 && !want.includes(found) && !found.includes(want);
}

/**
 * matchRun, with the label text it matched when that was one cell (a label joined from several cells may hold
 * a neighbour's fragment — a group label printed across its rows — so it is not quoted as a near miss).
 */
export function matchRunText(run: string[], specs: Specs): { spec: RowSpec; text: string } | null {
  if (isAppealsHead(run, specs)) return { spec: specs.appeals, text: "" };
  let best: RowSpec | null = null;
  let bestText = "";
  let bestScore = ACCEPT;
  for (let k = 1; k <= Math.min(4, run.length); k++) {
    const text = run.slice(-k).join("");
    if (!HAS_CJK.test(text) || text.length > 80) continue;
    for (const spec of specs.rows) {
      const s = score(spec, text);
      if (s > bestScore) [best, bestScore, bestText] = [spec, s, k === 1 ? text : ""];
    }
    if (bestScore >= 0.99) break;
  }
  return best ? { spec: best, text: bestText } : null;
}
