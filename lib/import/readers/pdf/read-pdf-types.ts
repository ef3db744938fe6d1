// What the PDF readers take from a PDF: per page, the text runs and the ruling lines, in page units
// (1/72 inch) with the origin at the top left, y growing downwards (as displayed, rotation applied).
// Plain data, so it crosses from the Web Worker to the page by structured clone.

/** A run of text on one baseline in one font size: x is its left edge, y its baseline. */
export type PdfRun = { text: string; x: number; y: number; w: number; size: number };

/** A horizontal (y0 = y1) or vertical (x0 = x1) ruling line: a table border or cell edge. */
export type PdfRule = { x0: number; y0: number; x1: number; y1: number };

export type PdfPage = { width: number; height: number; runs: PdfRun[]; rules: PdfRule[]; images: number };

export type PdfRead = { ok: true; pages: PdfPage[] } | { ok: false; error: string };
