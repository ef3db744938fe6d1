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

/** pdf.js, loaded once. Where its optional @napi-rs/canvas (rendering only) is absent — the release archive
 *  (issue #25) — it prints warnings on stdout as it loads, which would break `nianbao check --json`: silenced. */
let loading: Promise<typeof import("pdfjs-dist/legacy/build/pdf.mjs")> | null = null;
function pdfjs() {
  loading ??= (async () => {
    const log = console.log;
    console.log = () => undefined;
    try {
      return await import("pdfjs-dist/legacy/build/pdf.mjs");
    } finally {
      console.log = log;
    }
  })();
  return loading;
}

export async function readPdfNode(bytes: Uint8Array): Promise<PdfRead> {
  return extractPdf(await pdfjs(), bytes, { CMapReaderFactory });
}
