// PDF bytes → text runs and ruling lines per page, with pdf.js (pdfjs-dist). The same code runs in
// Node (legacy build, cli/ and tests) and in the browser's Web Worker: the caller passes the module.
// Nothing is rendered and no script in the PDF runs (isEvalSupported: false, no font faces).
import type * as Pdfjs from "pdfjs-dist";
import { LIMITS } from "../../limits/limits";
import { importMessages as m } from "../../messages";
import { pdfContentWithin } from "../../limits/pdf-budget";
import { multiply, pageRules, type Matrix, type Ops } from "./read-pdf-rules";
import type { PdfPage, PdfRead, PdfRun } from "./read-pdf-types";

export type PdfjsLib = Pick<typeof Pdfjs, "getDocument" | "OPS">;
/** Where the character maps for non-embedded Chinese fonts come from (cMapUrl, or a reader factory). */
export type PdfOptions = { cMapUrl?: string; cMapPacked?: boolean; CMapReaderFactory?: object };

export const MAX_PDF_PAGES = LIMITS.pdfPages;
/** Fewer characters than this in the whole text layer: nothing to read (a scan, or only images). */
const MIN_TEXT_CHARS = 50;

type TextItem = { str: string; transform: number[]; width: number };
const isText = (item: object): item is TextItem => "str" in item && "transform" in item;

/** Horizontal text only (as displayed); x is the left edge, y the baseline, both in viewport space. */
function toRun(item: TextItem, view: Matrix): PdfRun | null {
  if (!item.str) return null;
  const [a, b, c, d, e, f] = multiply(view, item.transform as Matrix);
  if (Math.abs(b) > 0.1 * Math.abs(a) || a <= 0) return null; // rotated or mirrored text
  const size = Math.hypot(c, d);
  return { text: item.str, x: e, y: f, w: item.width, size };
}

function countImages(ops: Ops & Record<string, number>, fnArray: number[]): number {
  const paints = new Set(["paintImageXObject", "paintInlineImageXObject", "paintImageMaskXObject", "paintImageXObjectRepeat", "paintInlineImageXObjectGroup", "paintImageMaskXObjectGroup"].map((k) => ops[k]));
  return fnArray.filter((f) => paints.has(f)).length;
}

/** What is left to read of the budgets of limits.ts, across all pages. */
type Budget = { items: number; operators: number };
class TooMuch extends Error {}

/** The page's text items, read as a stream and cancelled as soon as the budget is spent. */
async function textItems(page: Pdfjs.PDFPageProxy, budget: Budget): Promise<object[]> {
  const reader = page.streamTextContent().getReader() as ReadableStreamDefaultReader<{ items: object[] }>;
  const items: object[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return items;
    items.push(...value.items);
    budget.items -= value.items.length;
    if (budget.items < 0) {
      await reader.cancel();
      throw new TooMuch();
    }
  }
}

async function readPage(lib: PdfjsLib, page: Pdfjs.PDFPageProxy, budget: Budget): Promise<PdfPage> {
  const viewport = page.getViewport({ scale: 1 });
  const view = viewport.transform as Matrix;
  const items = await textItems(page, budget);
  const runs = items.flatMap((item) => (isText(item) ? [toRun(item, view)].filter((r): r is PdfRun => r !== null) : []));
  const list = await page.getOperatorList();
  budget.operators -= list.fnArray.length;
  if (budget.operators < 0) throw new TooMuch();
  const ops = lib.OPS as unknown as Ops & Record<string, number>;
  const rules = pageRules(ops, list.fnArray, list.argsArray, view);
  page.cleanup();
  return { width: viewport.width, height: viewport.height, runs, rules, images: countImages(ops, list.fnArray) };
}

function failure(e: unknown): string {
  const name = e instanceof Error ? e.name : "";
  if (name === "PasswordException") return m.pdfEncrypted;
  if (name === "InvalidPDFException" || name === "MissingPDFException") return m.pdfBroken;
  return m.pdfFailed(e instanceof Error ? e.message : String(e));
}

export async function extractPdf(lib: PdfjsLib, bytes: Uint8Array, options: PdfOptions = {}): Promise<PdfRead> {
  if (!pdfContentWithin(bytes)) return { ok: false, error: m.pdfTooMuch };
  // pdf.js may transfer (detach) the buffer it is given: pass a copy.
  const task = lib.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0, ...options });
  try {
    const doc = await task.promise;
    if (doc.numPages > MAX_PDF_PAGES) return { ok: false, error: m.pdfTooManyPages(doc.numPages, MAX_PDF_PAGES) };
    const pages: PdfPage[] = [];
    const budget: Budget = { items: LIMITS.pdfTextItems, operators: LIMITS.pdfOperators };
    for (let i = 1; i <= doc.numPages; i++) pages.push(await readPage(lib, await doc.getPage(i), budget));
    const chars = pages.reduce((n, p) => n + p.runs.reduce((k, r) => k + r.text.replace(/\s/g, "").length, 0), 0);
    if (chars < MIN_TEXT_CHARS) return { ok: false, error: pages.some((p) => p.images > 0) ? m.pdfScanned : m.pdfNoText };
    return { ok: true, pages };
  } catch (e) {
    return { ok: false, error: e instanceof TooMuch ? m.pdfTooMuch : failure(e) };
  } finally {
    await task.destroy();
  }
}
