// Tables of a PDF page read by their geometry: the ruling lines make a lattice, slots not separated by a
// rule belong to one (merged) cell, and every text run lands in the cell under its centre. Rows come out
// as Word gives them (docx-blocks.ts): a merged cell once, in the row where it starts; a cell without
// text is an empty string (a blank value), so no value slides into its neighbour's column.
import { cellText } from "./read-pdf-lines";
import type { PdfRule, PdfRun } from "./read-pdf-types";

export type PdfTable = { top: number; bottom: number; rows: string[][] };

const SNAP = 1.5; // pt: rules closer than this are the same line
const REACH = 2.5; // pt: how far a rule may fall short of the rule it meets

/** Collinear pieces of one border (Word draws a border per cell) → one rule. */
function mergeRules(rules: PdfRule[], horizontal: boolean): PdfRule[] {
  const at = (r: PdfRule) => (horizontal ? r.y0 : r.x0);
  const from = (r: PdfRule) => (horizontal ? r.x0 : r.y0);
  const to = (r: PdfRule) => (horizontal ? r.x1 : r.y1);
  const sorted = rules.filter((r) => (horizontal ? r.y0 === r.y1 : r.x0 === r.x1)).sort((a, b) => at(a) - at(b) || from(a) - from(b));
  const out: PdfRule[] = [];
  for (const r of sorted) {
    const same = out.find((o) => Math.abs(at(o) - at(r)) <= SNAP && from(r) <= to(o) + REACH && to(r) >= from(o) - REACH);
    if (!same) out.push({ ...r });
    else if (horizontal) [same.x0, same.x1] = [Math.min(same.x0, r.x0), Math.max(same.x1, r.x1)];
    else [same.y0, same.y1] = [Math.min(same.y0, r.y0), Math.max(same.y1, r.y1)];
  }
  return out;
}

const meets = (h: PdfRule, v: PdfRule) => v.x0 >= h.x0 - REACH && v.x0 <= h.x1 + REACH && h.y0 >= v.y0 - REACH && h.y0 <= v.y1 + REACH;

/** Rules that touch each other form one table. */
function components(hs: PdfRule[], vs: PdfRule[]): { hs: PdfRule[]; vs: PdfRule[] }[] {
  const all = [...hs, ...vs];
  const parent = all.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  hs.forEach((h, i) => vs.forEach((v, j) => meets(h, v) && (parent[find(i)] = find(hs.length + j))));
  const groups = new Map<number, { hs: PdfRule[]; vs: PdfRule[] }>();
  all.forEach((r, i) => {
    const g = groups.get(find(i)) ?? { hs: [], vs: [] };
    (i < hs.length ? g.hs : g.vs).push(r);
    groups.set(find(i), g);
  });
  return [...groups.values()];
}

function positions(values: number[]): number[] {
  const out: number[] = [];
  for (const v of [...values].sort((a, b) => a - b)) if (!out.length || v - out[out.length - 1]! > SNAP) out.push(v);
  return out;
}

const covers = (rules: PdfRule[], horizontal: boolean, at: number, mid: number) =>
  rules.some((r) => (horizontal ? Math.abs(r.y0 - at) <= SNAP && r.x0 - REACH <= mid && r.x1 + REACH >= mid : Math.abs(r.x0 - at) <= SNAP && r.y0 - REACH <= mid && r.y1 + REACH >= mid));

type Lattice = { xs: number[]; ys: number[]; cellOf: number[][]; boxes: { r: number; c: number; r1: number; c1: number }[] };

/** Slots between neighbouring rule positions, joined where no rule separates them (merged cells). */
function lattice(hs: PdfRule[], vs: PdfRule[]): Lattice {
  const xs = positions(vs.map((v) => v.x0));
  const ys = positions(hs.map((h) => h.y0));
  const rows = ys.length - 1;
  const cols = xs.length - 1;
  const parent = Array.from({ length: rows * cols }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const midY = (ys[r]! + ys[r + 1]!) / 2;
      const midX = (xs[c]! + xs[c + 1]!) / 2;
      if (c + 1 < cols && !covers(vs, false, xs[c + 1]!, midY)) parent[find(r * cols + c + 1)] = find(r * cols + c);
      if (r + 1 < rows && !covers(hs, true, ys[r + 1]!, midX)) parent[find((r + 1) * cols + c)] = find(r * cols + c);
    }
  }
  const ids = new Map<number, number>();
  const boxes: Lattice["boxes"] = [];
  const cellOf = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: cols }, (_, c) => {
      const root = find(r * cols + c);
      let id = ids.get(root);
      if (id === undefined) {
        ids.set(root, (id = boxes.length));
        boxes.push({ r, c, r1: r, c1: c });
      }
      const b = boxes[id]!;
      [b.r1, b.c1] = [Math.max(b.r1, r), Math.max(b.c1, c)];
      return id;
    }),
  );
  return { xs, ys, cellOf, boxes };
}

const slot = (edges: number[], v: number) => {
  for (let i = 0; i + 1 < edges.length; i++) if (v >= edges[i]! && v < edges[i + 1]!) return i;
  return -1;
};

/** A run that crosses a vertical rule (two cells' text in one run) is cut there, by character width. */
function splitAtRules(run: PdfRun, xs: number[]): PdfRun[] {
  const cut = xs.find((x) => x > run.x + 2 && x < run.x + run.w - 2);
  if (cut === undefined || run.text.length < 2) return [run];
  const per = run.w / run.text.length;
  const n = Math.max(1, Math.min(run.text.length - 1, Math.round((cut - run.x) / per)));
  const left: PdfRun = { ...run, text: run.text.slice(0, n), w: n * per };
  const right: PdfRun = { ...run, text: run.text.slice(n), x: run.x + n * per, w: run.w - n * per };
  return [left, ...splitAtRules(right, xs)];
}

function tableOf(hs: PdfRule[], vs: PdfRule[], runs: PdfRun[], taken: Set<PdfRun>): PdfTable | null {
  const grid = lattice(hs, vs);
  const { xs, ys } = grid;
  if (xs.length < 3 || ys.length < 2 || grid.boxes.length < 2) return null; // a frame, not a table
  const texts: PdfRun[][] = grid.boxes.map(() => []);
  for (const run of runs) {
    const midY = run.y - run.size * 0.35;
    if (midY < ys[0]! || midY > ys[ys.length - 1]! || run.x + run.w / 2 < xs[0]! || run.x + run.w / 2 > xs[xs.length - 1]!) continue;
    taken.add(run);
    for (const part of splitAtRules(run, xs)) {
      const r = slot(ys, midY);
      const c = slot(xs, part.x + part.w / 2);
      if (r >= 0 && c >= 0) texts[grid.cellOf[r]![c]!]!.push(part);
    }
  }
  const byRow = new Map<number, number[]>();
  grid.boxes.forEach((b, id) => byRow.set(b.r, [...(byRow.get(b.r) ?? []), id]));
  const rows = [...byRow.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([, ids]) => ids.sort((a, b) => grid.boxes[a]!.c - grid.boxes[b]!.c).map((id) => cellText(texts[id]!)));
  return { top: ys[0]!, bottom: ys[ys.length - 1]!, rows };
}

/** The ruled tables of one page, top to bottom, and the runs that are not in any of them. */
export function pageTables(runs: PdfRun[], rules: PdfRule[]): { tables: PdfTable[]; rest: PdfRun[] } {
  const hs = mergeRules(rules, true);
  const vs = mergeRules(rules, false);
  const taken = new Set<PdfRun>();
  const tables = components(hs, vs)
    .filter((g) => g.hs.length >= 2 && g.vs.length >= 2)
    .map((g) => tableOf(g.hs, g.vs, runs, taken))
    .filter((t): t is PdfTable => t !== null)
    .sort((a, b) => a.top - b.top);
  return { tables, rest: runs.filter((r) => !taken.has(r)) };
}
