// The Web Worker every browser import runs in (/check and the start page): reading the file, the importers
// and the rule engine never hold the page's thread, and the page can end this worker to cancel. A PDF is
// read by pdf.js right here (pdf-here.ts, loaded only for a PDF), not in a second worker.
import { expose } from "comlink";
import { importJobs } from "./import-jobs";
import { importMessages as m } from "./messages";
import type { PdfRead } from "./read-pdf-types";

const readPdf = async (bytes: Uint8Array): Promise<PdfRead> => {
  try {
    return await (await import("./pdf-here")).readPdfHere(bytes);
  } catch (e) {
    return { ok: false, error: m.pdfFailed(e instanceof Error ? e.message : String(e)) };
  }
};

expose(importJobs(readPdf));
