// A file from any door (upload, 以上年报告为基础新建, nianbao import|check) → importReport. A PDF's text
// layer is read first by the reader the door provides: pdf.js in a Web Worker in the browser
// (pdf-here.ts, inside the import worker), its legacy build in Node (read-pdf-node.ts). Never throws.
import { fileKind } from "../readers/file-kind";
import { importReport, MAX_INPUT_BYTES, type ImportResult } from "./import-report";
import { importMessages as m } from "../messages";
import type { PdfRead } from "../readers/pdf/read-pdf-types";

export type PdfReader = (bytes: Uint8Array) => Promise<PdfRead>;

export async function importFile(name: string, bytes: Uint8Array, readPdf: PdfReader): Promise<ImportResult> {
  if (bytes.length === 0 || bytes.length > MAX_INPUT_BYTES || fileKind(name, bytes).kind !== "pdf") return importReport({ name, bytes });
  try {
    const read = await readPdf(bytes);
    return read.ok ? importReport({ name, pdf: read.pages }) : read;
  } catch (e) {
    return { ok: false, error: m.pdfFailed(e instanceof Error ? e.message : String(e)) };
  }
}
