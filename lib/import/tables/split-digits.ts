// Digits run together (「713000074」: a PDF-to-text tool that lost the gaps between a row's numbers). A row
// read with fewer cells than it has, holding runs of digits, is split only when the sums make the split
// unique: every way of cutting the runs into the missing cells (no leading zeros) is tried, and kept only if
// the row's totals — and the column checks the caller gives — hold. Otherwise the row stays unread, with that
// reason. Never a guess.

const DIGITS = /^\d{2,}$/;
const MAX_WAYS = 20_000;

/** Every way to cut `digits` into `parts` numbers without leading zeros (「0」 alone is a number). */
function cuts(digits: string, parts: number): string[][] {
  if (parts === 1) return digits.length > 1 && digits.startsWith("0") ? [] : [[digits]];
  const out: string[][] = [];
  for (let i = 1; i <= digits.length - parts + 1; i++) {
    const head = digits.slice(0, i);
    if (head.length > 1 && head.startsWith("0")) break;
    for (const rest of cuts(digits.slice(i), parts - 1)) out.push([head, ...rest]);
  }
  return out;
}

/** Every reading of `cells` as `width` cells, each run of digits cut into one or more numbers. */
function readings(cells: string[], width: number): string[][] {
  const missing = width - cells.length;
  let ways: { cells: string[]; left: number }[] = [{ cells: [], left: missing }];
  for (const cell of cells) {
    const t = cell.trim();
    const next: typeof ways = [];
    for (const w of ways) {
      const maxExtra = DIGITS.test(t) ? Math.min(w.left, t.length - 1) : 0;
      for (let extra = 0; extra <= maxExtra; extra++) for (const parts of cuts(t, extra + 1)) next.push({ cells: [...w.cells, ...(extra ? parts : [cell])], left: w.left - extra });
      if (next.length > MAX_WAYS) return [];
    }
    ways = next;
  }
  return ways.filter((w) => w.left === 0).map((w) => w.cells);
}

export type Split = { ok: true; cells: string[] } | { ok: false; candidates: number };

/** Every reading whose sums hold (`holds` gets the numbers of a candidate). */
export function digitReadings(cells: string[], width: number, holds: (values: number[]) => boolean): string[][] {
  return readings(cells, width).filter((r) => r.every((c) => /^\d+$/.test(c.trim()) || c.trim() === "") && holds(r.map((c) => Number(c.trim() || 0))));
}

/** Whether a row holds digits run together (fewer cells than its width and a run of two or more digits). */
export const runTogether = (cells: string[], width: number) => cells.length < width && cells.some((c) => DIGITS.test(c.trim()));

/** The one reading whose sums hold (`holds` gets the numbers of a candidate), or how many there were. */
export function splitDigits(cells: string[], width: number, holds: (values: number[]) => boolean): Split {
  const fit = digitReadings(cells, width, holds);
  return fit.length === 1 ? { ok: true, cells: fit[0]! } : { ok: false, candidates: fit.length };
}
