// Ruling lines of a page from pdfjs's operator list (ISO 32000-1 §8.5 path construction and painting,
// §8.4.4 the CTM): stroked axis-parallel segments, and thin filled rectangles (how Word and WPS draw
// cell borders). Wide fills are cell shading, curves are not table borders; clipping paths paint nothing.
import type { PdfRule } from "./read-pdf-types";

export type Matrix = [number, number, number, number, number, number];

/** m1 ∘ m2: apply m2, then m1 (pdf.js Util.transform). */
export function multiply(m1: Matrix, m2: Matrix): Matrix {
  return [
    m1[0] * m2[0] + m1[2] * m2[1],
    m1[1] * m2[0] + m1[3] * m2[1],
    m1[0] * m2[2] + m1[2] * m2[3],
    m1[1] * m2[2] + m1[3] * m2[3],
    m1[0] * m2[4] + m1[2] * m2[5] + m1[4],
    m1[1] * m2[4] + m1[3] * m2[5] + m1[5],
  ];
}

export const apply = (m: Matrix, x: number, y: number): [number, number] => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];

/** The operator numbers we need (pdfjs OPS), passed in so this file does not load pdfjs. */
export type Ops = Record<
  | "save" | "restore" | "transform" | "constructPath" | "moveTo" | "lineTo" | "curveTo" | "curveTo2" | "curveTo3"
  | "closePath" | "rectangle" | "stroke" | "closeStroke" | "fill" | "eoFill" | "fillStroke" | "eoFillStroke"
  | "closeFillStroke" | "closeEOFillStroke" | "endPath" | "paintFormXObjectBegin" | "paintFormXObjectEnd",
  number
>;

type Seg = [number, number, number, number];
type Path = { segs: Seg[]; rects: Seg[] };

const MAX_RULE_WIDTH = 2.5; // pt: thicker fills are shading, not borders
const MIN_RULE_LENGTH = 3;
const SLOPE = 0.5; // pt of drift allowed along a rule

function toRule([x0, y0, x1, y1]: Seg): PdfRule | null {
  if (Math.abs(y1 - y0) <= SLOPE && Math.abs(x1 - x0) >= MIN_RULE_LENGTH) {
    const y = (y0 + y1) / 2;
    return { x0: Math.min(x0, x1), y0: y, x1: Math.max(x0, x1), y1: y };
  }
  if (Math.abs(x1 - x0) <= SLOPE && Math.abs(y1 - y0) >= MIN_RULE_LENGTH) {
    const x = (x0 + x1) / 2;
    return { x0: x, y0: Math.min(y0, y1), x1: x, y1: Math.max(y0, y1) };
  }
  return null;
}

/** A thin filled rectangle → the rule along its long side's middle. */
function fillRule([x0, y0, x1, y1]: Seg): PdfRule | null {
  const [l, r, t, b] = [Math.min(x0, x1), Math.max(x0, x1), Math.min(y0, y1), Math.max(y0, y1)];
  if (b - t <= MAX_RULE_WIDTH && r - l >= MIN_RULE_LENGTH) return { x0: l, y0: (t + b) / 2, x1: r, y1: (t + b) / 2 };
  if (r - l <= MAX_RULE_WIDTH && b - t >= MIN_RULE_LENGTH) return { x0: (l + r) / 2, y0: t, x1: (l + r) / 2, y1: b };
  return null;
}

function buildPath(ops: Ops, fns: number[], coords: number[], ctm: Matrix): Path {
  const path: Path = { segs: [], rects: [] };
  let i = 0;
  let cur: [number, number] = [0, 0];
  let start: [number, number] = [0, 0];
  const take = (n: number) => coords.slice(i, (i += n));
  for (const fn of fns) {
    if (fn === ops.moveTo) cur = start = apply(ctm, ...(take(2) as [number, number]));
    else if (fn === ops.lineTo) {
      const next = apply(ctm, ...(take(2) as [number, number]));
      path.segs.push([...cur, ...next]);
      cur = next;
    } else if (fn === ops.rectangle) {
      const [x, y, w, h] = take(4) as [number, number, number, number];
      const c = [apply(ctm, x, y), apply(ctm, x + w, y), apply(ctm, x + w, y + h), apply(ctm, x, y + h)];
      c.forEach((p, k) => path.segs.push([...p, ...c[(k + 1) % 4]!]));
      path.rects.push([...c[0]!, ...c[2]!]);
      cur = start = c[0]!;
    } else if (fn === ops.curveTo) cur = apply(ctm, ...(take(6).slice(4) as [number, number]));
    else if (fn === ops.curveTo2 || fn === ops.curveTo3) cur = apply(ctm, ...(take(4).slice(2) as [number, number]));
    else if (fn === ops.closePath) {
      path.segs.push([...cur, ...start]);
      cur = start;
    }
  }
  return path;
}

/** Rules painted on a page, in the space `base` maps user space into (the viewport). */
export function pageRules(ops: Ops, fnArray: number[], argsArray: unknown[], base: Matrix): PdfRule[] {
  const rules: PdfRule[] = [];
  const stack: Matrix[] = [];
  let ctm = base;
  let pending: Path | null = null;
  const strokes = new Set([ops.stroke, ops.closeStroke, ops.fillStroke, ops.eoFillStroke, ops.closeFillStroke, ops.closeEOFillStroke]);
  const fills = new Set([ops.fill, ops.eoFill]);
  fnArray.forEach((fn, k) => {
    const args = argsArray[k] as unknown[] | null;
    if (fn === ops.save) stack.push(ctm);
    else if (fn === ops.restore) ctm = stack.pop() ?? base;
    else if (fn === ops.transform) ctm = multiply(ctm, args as Matrix);
    else if (fn === ops.paintFormXObjectBegin) {
      stack.push(ctm);
      if (Array.isArray(args?.[0])) ctm = multiply(ctm, args[0] as Matrix);
    } else if (fn === ops.paintFormXObjectEnd) ctm = stack.pop() ?? base;
    else if (fn === ops.constructPath) pending = buildPath(ops, args![0] as number[], args![1] as number[], ctm);
    else if (pending && strokes.has(fn)) {
      for (const s of pending.segs) push(rules, toRule(s));
      pending = null;
    } else if (pending && fills.has(fn)) {
      for (const r of pending.rects) push(rules, fillRule(r));
      pending = null;
    } else if (fn === ops.endPath) pending = null;
  });
  return rules;
}

function push(rules: PdfRule[], rule: PdfRule | null) {
  if (rule) rules.push(rule);
}
