// The browser's PDF reader: a Web Worker (read-pdf.worker.ts) per file, ended when it answers. Nothing is
// uploaded; a browser without workers gets a clear message, and a PDF that takes too long is given up.
import { importMessages as m } from "./messages";
import type { PdfRead } from "./read-pdf-types";

const TIMEOUT_MS = 60_000;

export function readPdfInWorker(bytes: Uint8Array): Promise<PdfRead> {
  if (typeof Worker === "undefined") return Promise.resolve({ ok: false, error: m.pdfWorker });
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL("./read-pdf.worker.ts", import.meta.url), { type: "module" });
    } catch {
      return resolve({ ok: false, error: m.pdfWorker });
    }
    const done = (result: PdfRead) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(result);
    };
    const timer = setTimeout(() => done({ ok: false, error: m.pdfFailed("读取超时") }), TIMEOUT_MS);
    // pdf.js's worker module also announces itself on this port ({ action: "ready" }): only our answer counts.
    worker.onmessage = (e: MessageEvent<{ pdfRead?: PdfRead }>) => e.data?.pdfRead && done(e.data.pdfRead);
    worker.onerror = (e) => done({ ok: false, error: m.pdfFailed(e.message || "PDF 读取程序出错") });
    worker.postMessage(bytes);
  });
}
