// No number is split across lines in a table cell: the value cells of a table share one size, the largest (五号
// at most, in half points) at which every number of that table fits its cell on one line, measured with
// digits at 0.64 em (the widest realistic font, measure.ts), so the largest count validation accepts fits too.
// Text that is not a number (an unreadable value in a draft) may wrap like any text.
import { maxEm } from "./measure";

/** Left and right padding of every table cell, in twips (0.75 mm; one table default, no per-cell margins). */
export const CELL_MARGIN = 43;

const isNumber = (text: string) => /^-?\d+(?:\.\d+)?$/.test(text);

/** The size in points at which `text` fits `cellWidth` twips (less the padding), or `base` if it fits at that. */
export function fittingSize(text: string, cellWidth: number, base: number): number {
  if (!isNumber(text)) return base;
  const available = (cellWidth - 2 * CELL_MARGIN) / 20;
  return Math.min(base, Math.floor((2 * available) / maxEm(text)) / 2);
}

/** Value cells share one size down to 小六 (six digits fit 表三 and 表四 at it); a number that fits only smaller
 * (seven digits or more in 表四, far beyond any township's count) gets its own size, so one odd value does not
 * shrink the whole table. */
export const SHARED_MIN = 6.5;

/** The size of each value cell: the table's shared size, or less for a number that needs it. */
export function valueCellSizes(cells: { text: string; width: number }[], base: number): number[] {
  const fits = cells.map((c) => fittingSize(c.text, c.width, base));
  const shared = Math.max(SHARED_MIN, Math.min(base, ...fits));
  return fits.map((f) => Math.min(shared, f));
}
