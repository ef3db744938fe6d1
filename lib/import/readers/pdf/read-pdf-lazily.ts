// A worker's PDF reader (the import worker, the county desk's worker): pdf.js on the worker's own thread
// (pdf-here.ts), loaded the first time a PDF comes. Never throws: a failure is a Chinese message.
import { importMessages as m } from "../../messages";
import type { PdfRead } from "./read-pdf-types";

export async function readPdfLazily(bytes: Uint8Array): Promise<PdfRead> {
  try {
    return await (await import("./pdf-here")).readPdfHere(bytes);
  } catch (e) {
    return { ok: false, error: m.pdfFailed(e instanceof Error ? e.message : String(e)) };
  }
}
