// Where a block pasted from Excel/WPS goes. With a leading label column the rows are matched by their
// labels; without one they fill from the focused cell, position by position. Computed totals are never
// written: when the block has no numbers for them (a 24-row 表三 without （七）总计) they are stepped
// over, when it has them they are skipped. Everything left out is counted, so the clerk can be told.
import type { PasteGrid } from "./paste-grid";
import { isLabelText, isNumberText, labelColumnCount, matchRow } from "./row-label";
import type { MatrixCell } from "./value-matrix";
import { cellNumber, parseCell } from "../values/parse";

export type PasteWrite = { path: string; text: string };

export type PastePlan = {
  writes: PasteWrite[];
  /** Rows were placed by their labels. */
  byLabel: boolean;
  /** Rows of column headings (text, no numbers) that were left out. */
  headerRows: number;
  /** Labels of rows the table does not have (not pasted). */
  unknownRows: string[];
  /** Numbers that fell on computed totals (not used). */
  totalsSkipped: number;
  /** The block had no numbers for the totals in its way; they were stepped over. */
  steppedOverTotals: boolean;
  /** Filled cells beyond the table's edge (not pasted). */
  outside: number;
  /** Pasted 总计 numbers that disagree with the numbers pasted beside them: 「一、本年新收… 总计 3，各项之和 4」. */
  totalsDisagree: string[];
};

const filled = (t: string) => t.trim() !== "";
const isHeaderRow = (cells: string[]) => cells.some(isLabelText) && !cells.some(isNumberText);

/**
 * Which of `slots` (true = a computed total) each of n pasted items goes to (-1 = none). Totals are
 * taken as present in the block if its length says so, or if its numbers there add up.
 */
function fit(slots: boolean[], n: number, addsUp: (withTotals: number[]) => boolean): { at: number[]; stepped: boolean } {
  const withTotals = Array.from({ length: n }, (_, i) => (i < slots.length ? i : -1));
  const open = slots.flatMap((t, i) => (t ? [] : [i]));
  const withoutTotals = Array.from({ length: n }, (_, i) => open[i] ?? -1);
  const inTheWay = slots.slice(0, n).some(Boolean);
  if (!inTheWay || n === slots.length) return { at: withTotals, stepped: false };
  if (n === open.length || !addsUp(withTotals)) return { at: withoutTotals, stepped: true };
  return { at: withTotals, stepped: false };
}

/** Every total that got a number and whose addends all got numbers adds up (checks within one line). */
function addsUp(grid: PasteGrid, placed: Map<string, string>, sameLine: (total: string, addend: string) => boolean): boolean {
  for (const [path, text] of placed) {
    const addends = grid.totalAddends.get(path);
    const v = cellNumber(parseCell(text));
    if (!addends || v === null || !isNumberText(text) || !addends.every((a) => sameLine(path, a) && placed.has(a))) continue;
    const sum = addends.reduce((s, a) => s + (cellNumber(parseCell(placed.get(a)!)) ?? Number.NaN), 0);
    if (Number.isFinite(sum) && Math.abs(sum - v) > 1e-9) return false;
  }
  return true;
}

type Line = { target: number; values: string[] };

/** Block rows with the matrix row each one goes to (-1: none), header rows left out. */
function placeRows(grid: PasteGrid, block: string[][], labels: number, startRow: number, plan: PastePlan, colsOf: (values: string[], row: number) => Map<string, string>): Line[] {
  const rows = block.filter((r) => {
    const header = isHeaderRow(r.slice(labels)) && (labels === 0 || matchRow(r.slice(0, labels), grid.rowLabels) === null);
    if (header) plan.headerRows++;
    return !header && (labels === 0 || r.some(filled));
  });
  if (labels > 0) {
    const matched = rows.map((r) => ({ r, at: matchRow(r.slice(0, labels), grid.rowLabels) }));
    if (matched.some((m) => m.at !== null)) {
      plan.byLabel = true;
      return matched.flatMap(({ r, at }) => {
        if (at !== null) return [{ target: at, values: r.slice(labels) }];
        const name = r.slice(0, labels).filter(filled).join(" ");
        if (r.slice(labels).some(filled)) plan.unknownRows.push(name || "（无行名）");
        return [];
      });
    }
  }
  // By position from the focused row; a block without the total rows steps over them.
  const values = rows.map((r) => r.slice(labels));
  const slots = grid.matrix.slice(startRow).map((row) => row.every((c) => c.total));
  const { at, stepped } = fit(slots, values.length, (withTotals) => {
    const placed = new Map<string, string>();
    withTotals.forEach((s, i) => s >= 0 && colsOf(values[i]!, startRow + s).forEach((t, p) => placed.set(p, t)));
    return addsUp(grid, placed, (t, a) => grid.at.get(t)?.col === grid.at.get(a)?.col);
  });
  plan.steppedOverTotals ||= stepped;
  return values.map((v, i) => ({ target: at[i]! >= 0 ? startRow + at[i]! : -1, values: v }));
}

/**
 * Label columns left empty by merged cells (rows 一 and 二 of 表三 copied from a sheet whose labels span three
 * columns: 「一、本年新收…\t\t\t2」): columns blank in every row after the labels. As many are label columns as
 * make the rest fit the row: the full row when its 总计 then adds up, else the most that fit.
 */
function emptyLabelColumns(grid: PasteGrid, ref: MatrixCell[], block: string[][], labels: number): number {
  if (labels === 0) return 0;
  const width = Math.max(0, ...block.map((r) => r.length - labels));
  let blanks = 0;
  while (labels + blanks < 4 && blanks < width && block.every((r) => !filled(r[labels + blanks] ?? ""))) blanks++;
  const fullRowAddsUp = (k: number) =>
    block.every((r) => {
      const placed = new Map<string, string>();
      r.slice(labels + k).forEach((t, j) => ref[j] && placed.set(ref[j]!.path, t.trim()));
      return addsUp(grid, placed, () => true);
    });
  const ks = Array.from({ length: blanks + 1 }, (_, k) => k);
  const full = ks.find((k) => width - k === ref.length && fullRowAddsUp(k));
  if (full !== undefined) return full;
  const fits = ks.filter((k) => width - k <= ref.length);
  return fits.length ? Math.max(...fits) : blanks;
}

/** A pasted row total against the numbers pasted for its addends in the same line, when it disagrees. */
function disagreement(grid: PasteGrid, line: Line, placed: Map<string, string>, total: string, text: string): string | null {
  const addends = grid.totalAddends.get(total);
  const v = cellNumber(parseCell(text));
  const at = grid.at.get(total);
  if (!addends || v === null || !at || !addends.every((a) => placed.has(a) && grid.at.get(a)?.row === at.row)) return null;
  const sum = addends.reduce((s, a) => s + (cellNumber(parseCell(placed.get(a)!)) ?? 0), 0);
  if (Math.abs(sum - v) <= 1e-9) return null;
  const name = grid.rowLabels[line.target]?.[0] ?? "";
  return `${name ? `${name} ` : ""}总计 ${text.trim()}，各项之和 ${Math.round(sum * 10000) / 10000}`;
}

export function planPaste(grid: PasteGrid, from: string, block: string[][]): PastePlan {
  const plan: PastePlan = { writes: [], byLabel: false, headerRows: 0, unknownRows: [], totalsSkipped: 0, steppedOverTotals: false, outside: 0, totalsDisagree: [] };
  const start = grid.at.get(from);
  if (!start) return plan;
  const ref = grid.matrix[start.row]!;
  const named = labelColumnCount(block);
  const labels = named + emptyLabelColumns(grid, ref, block, named);
  const width = Math.max(0, ...block.map((r) => r.length - labels));
  // A block as wide as the whole table starts at its first column, wherever the clerk clicked.
  const startCol = width >= ref.length ? 0 : start.col;
  const colSlots = ref.slice(startCol).map((c) => c.total);
  let colAt: number[] = [];
  const cellsOf = (values: string[], row: number, at: number[]) => {
    const out = new Map<string, string>();
    values.forEach((text, j) => {
      const cell: MatrixCell | undefined = at[j]! >= 0 ? grid.matrix[row]?.[startCol + at[j]!] : undefined;
      if (cell) out.set(cell.path, text.trim());
    });
    return out;
  };
  const lines = placeRows(grid, block, labels, start.row, plan, (values, row) => cellsOf(values, row, colAt.length ? colAt : values.map((_, j) => j)));
  // Columns: decided once for the block, from the rows as placed.
  const fitted = fit(colSlots, width, (withTotals) => {
    const placed = new Map<string, string>();
    for (const l of lines) if (l.target >= 0) cellsOf(l.values, l.target, withTotals).forEach((t, p) => placed.set(p, t));
    return addsUp(grid, placed, (t, a) => grid.at.get(t)?.row === grid.at.get(a)?.row);
  });
  colAt = fitted.at;
  plan.steppedOverTotals ||= fitted.stepped;
  for (const line of lines) {
    const row = line.target >= 0 ? grid.matrix[line.target] : undefined;
    const placed = line.target >= 0 ? cellsOf(line.values, line.target, colAt) : new Map<string, string>();
    line.values.forEach((text, j) => {
      const cell = row && colAt[j]! >= 0 ? row[startCol + colAt[j]!] : undefined;
      if (!cell) plan.outside += filled(text) ? 1 : 0;
      else if (cell.total) {
        plan.totalsSkipped += filled(text) ? 1 : 0;
        const off = filled(text) ? disagreement(grid, line, placed, cell.path, text) : null;
        if (off) plan.totalsDisagree.push(off);
      } else plan.writes.push({ path: cell.path, text: text.trim() });
    });
  }
  return plan;
}
