// GB/T 9704—2012 7.3.1 标题: 2号小标宋体, 分一行或多行居中排布; 回行时要做到词意完整, 排列对称, 长短适宜;
// 标题排列应当使用梯形或菱形. The lines are decided here, measured against the 156 mm type area at 22 pt, so
// no word processor wraps them: the whole title if it fits, else the unit name and then
// 「YYYY年政府信息公开工作年度报告」 (上短下长 or 上长下短, the two-line forms); a unit name wider than a line is
// broken between words (unit-words.ts) into balanced lines, shorter first, above the second part. Pure (no
// docx import): the preview prints the same lines.
import { maxEm } from "./measure";
import { TYPE_AREA_WIDTH } from "./paper";
import { SIZE, twipsFromPt } from "./units";
import { unitWordBreaks } from "./unit-words";

/** The title: 2号 on a 36 pt line, 空一行 below it (styles.ts). */
export const TITLE = { size: SIZE.er, line: twipsFromPt(36) };

/** Ems of 2号 that fit the 156 mm line: 442.2 pt / 22 pt = 20.1. */
export const TITLE_LINE_EM = TYPE_AREA_WIDTH / 20 / TITLE.size;

export function titleTail(year: number | string): string {
  return `${year}年政府信息公开工作年度报告`;
}

/** The title as one string (document properties, file name, preview heading). */
export function reportTitle(report: { unit: { name: string }; year: number | string }): string {
  return `${report.unit.name.trim()}${titleTail(report.year)}`;
}

type Split = { lines: string[]; widest: number; rising: boolean };

/** Fewest lines; then 梯形 (each line no shorter than the one above; never 沙漏形, long-short-long); then the
 * narrowest widest line; then the shortest first line. */
function better(a: Split | null, b: Split): boolean {
  if (!a) return true;
  if (b.lines.length !== a.lines.length) return b.lines.length < a.lines.length;
  if (b.rising !== a.rising) return b.rising;
  if (Math.abs(b.widest - a.widest) > 1e-9) return b.widest < a.widest;
  return maxEm(b.lines[0]!) < maxEm(a.lines[0]!);
}

function asSplit(lines: string[]): Split {
  const w = lines.map(maxEm);
  return { lines, widest: Math.max(...w), rising: w.every((x, i) => i === 0 || w[i - 1]! <= x + 1e-9) };
}

/** Splits `text` at the given break indices into lines no wider than `limit` em (null if it cannot): the fewest
 * lines (dynamic programming over the break points), then the best of the splits with that many (at most 5000). */
function splitAt(text: string, breaks: number[], limit: number): Split | null {
  const fewest = new Map<number, number>();
  const linesFrom = (start: number): number => {
    if (fewest.has(start)) return fewest.get(start)!;
    let n = maxEm(text.slice(start)) <= limit ? 1 : Infinity;
    for (const b of breaks) {
      if (b <= start) continue;
      if (maxEm(text.slice(start, b)) > limit) break;
      n = Math.min(n, 1 + linesFrom(b));
    }
    fewest.set(start, n);
    return n;
  };
  if (linesFrom(0) === Infinity) return null;
  let best: Split | null = null;
  let tried = 0;
  const walk = (start: number, lines: string[]) => {
    if (tried > 5000) return;
    if (linesFrom(start) === 1 && maxEm(text.slice(start)) <= limit) {
      tried++;
      const split = asSplit([...lines, text.slice(start)]);
      if (better(best, split)) best = split;
      return;
    }
    for (const b of breaks) {
      if (b <= start) continue;
      if (maxEm(text.slice(start, b)) > limit) break;
      if (1 + linesFrom(b) === linesFrom(start)) walk(b, [...lines, text.slice(start, b)]);
    }
  };
  walk(0, []);
  return best;
}

/** Lines of a unit name wider than the line: between words, or (a single word wider than the line) anywhere. */
function unitLines(unit: string, limit: number): string[] {
  const words = splitAt(unit, unitWordBreaks(unit), limit);
  if (words) return words.lines;
  const everywhere = Array.from({ length: unit.length - 1 }, (_, i) => i + 1).filter((i) => !/[\uDC00-\uDFFF]/.test(unit[i]!));
  return splitAt(unit, everywhere, limit)?.lines ?? [unit];
}

export function titleLines(unitName: string, year: number | string, limit = TITLE_LINE_EM): string[] {
  const unit = unitName.trim();
  const tail = titleTail(year);
  if (maxEm(unit + tail) <= limit) return [unit + tail];
  if (maxEm(unit) <= limit) return [unit, tail];
  return [...unitLines(unit, limit), tail];
}
