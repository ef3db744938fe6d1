// pdf.js on the thread that calls it, for a worker that reads PDFs itself (import.worker.ts): pdf.js's
// "fake worker" is this thread, so no second worker is started. Loaded only when a PDF is chosen; its
// character maps for Simplified Chinese come from this site.
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import * as pdfjsWorker from "pdfjs-dist/legacy/build/pdf.worker.mjs";
import { cmapReaderFactory } from "./read-pdf-cmaps";
import { extractPdf } from "./read-pdf-extract";
import type { PdfRead } from "./read-pdf-types";

(globalThis as { pdfjsWorker?: unknown }).pdfjsWorker = pdfjsWorker;

/** The maps a Chinese PDF may name (GB encodings and Adobe-GB1 → Unicode), as files the bundler emits. */
const CMAPS: Record<string, () => URL> = {
  "Adobe-GB1-UCS2": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/Adobe-GB1-UCS2.bcmap", import.meta.url),
  "UniGB-UCS2-H": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/UniGB-UCS2-H.bcmap", import.meta.url),
  "UniGB-UCS2-V": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/UniGB-UCS2-V.bcmap", import.meta.url),
  "UniGB-UTF16-H": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/UniGB-UTF16-H.bcmap", import.meta.url),
  "UniGB-UTF16-V": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/UniGB-UTF16-V.bcmap", import.meta.url),
  "GBK-EUC-H": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/GBK-EUC-H.bcmap", import.meta.url),
  "GBK-EUC-V": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/GBK-EUC-V.bcmap", import.meta.url),
  "GB-EUC-H": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/GB-EUC-H.bcmap", import.meta.url),
  "GB-EUC-V": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/GB-EUC-V.bcmap", import.meta.url),
  "GBpc-EUC-H": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/GBpc-EUC-H.bcmap", import.meta.url),
  "GBpc-EUC-V": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/GBpc-EUC-V.bcmap", import.meta.url),
  "GBK2K-H": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/GBK2K-H.bcmap", import.meta.url),
  "GBK2K-V": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/GBK2K-V.bcmap", import.meta.url),
  "GBKp-EUC-H": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/GBKp-EUC-H.bcmap", import.meta.url),
  "GBKp-EUC-V": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/GBKp-EUC-V.bcmap", import.meta.url),
  "GBT-EUC-H": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/GBT-EUC-H.bcmap", import.meta.url),
  "GBT-EUC-V": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/GBT-EUC-V.bcmap", import.meta.url),
  "GBTpc-EUC-H": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/GBTpc-EUC-H.bcmap", import.meta.url),
  "GBTpc-EUC-V": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/GBTpc-EUC-V.bcmap", import.meta.url),
  "GB-H": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/GB-H.bcmap", import.meta.url),
  "GB-V": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/GB-V.bcmap", import.meta.url),
  "GBT-H": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/GBT-H.bcmap", import.meta.url),
  "GBT-V": () => new URL("../../../../node_modules/pdfjs-dist/cmaps/GBT-V.bcmap", import.meta.url),
};

const CMapReaderFactory = cmapReaderFactory(async (name) => {
  const url = CMAPS[name];
  if (!url) throw new Error(`CMap ${name}`);
  const res = await fetch(url());
  if (!res.ok) throw new Error(`CMap ${name}: ${res.status}`);
  return new Uint8Array(await res.arrayBuffer());
});

export const readPdfHere = (bytes: Uint8Array): Promise<PdfRead> => extractPdf(pdfjs, bytes, { CMapReaderFactory });
