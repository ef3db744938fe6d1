// Node: a PDF's text runs and rules with pdf.js's legacy build (cli/, tests, bench). The character maps
// shipped with pdfjs-dist let it read Chinese text in fonts that are not embedded (STSong-Light …).
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { cmapReaderFactory } from "./read-pdf-cmaps";
import { extractPdf } from "./read-pdf-extract";
import type { PdfRead } from "./read-pdf-types";

const cmaps = path.join(path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json")), "cmaps");
const CMapReaderFactory = cmapReaderFactory(async (name) => new Uint8Array(await readFile(path.join(cmaps, `${path.basename(name)}.bcmap`))));

export async function readPdfNode(bytes: Uint8Array): Promise<PdfRead> {
  const lib = await import("pdfjs-dist/legacy/build/pdf.mjs");
  return extractPdf(lib, bytes, { CMapReaderFactory });
}
