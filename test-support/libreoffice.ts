// Test support: .docx → PDF with LibreOffice, many documents in one soffice run (it starts in ~1 s and
// converts a report in ~0.25 s), through lib/docx's conversion (a fresh profile, fixed fonts).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { convertToPdf } from "./docx-utils";

export const hasLibreOffice = () => spawnSync("soffice", ["--version"]).status === 0;

export function docxToPdf(docs: Uint8Array[]): Uint8Array[] {
  const dir = mkdtempSync(path.join(tmpdir(), "nianbao-pdf-"));
  try {
    const files = docs.map((d, i) => {
      writeFileSync(path.join(dir, `r${i}.docx`), d);
      return path.join(dir, `r${i}.docx`);
    });
    convertToPdf(files, dir); // the fonts fixed by test-support/docx-utils.ts, whatever else the machine has
    return docs.map((_, i) => new Uint8Array(readFileSync(path.join(dir, `r${i}.pdf`))));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * LibreOffice leaves out a full-width 「；」「，」 that would hang past the right margin: it is not drawn at all
 * (pdftotext and the page image lack it too). A paragraph read without such a mark is what the PDF says
 * when poppler's text of the same PDF has the words around the gap without the mark.
 */
function droppedByPrinter(got: string, want: string, poppler: string): boolean {
  let j = 0;
  for (let i = 0; i < want.length; i++) {
    if (got[j] === want[i]) {
      j++;
      continue;
    }
    if (!"；，、。：！？".includes(want[i]!)) return false;
    const [before, after] = [got.slice(Math.max(0, j - 8), j), got.slice(j, j + 8)];
    if (!poppler.includes(before + after)) return false;
  }
  return j === got.length;
}

/** The report's paragraphs, except where the PDF itself lacks a mark (see droppedByPrinter). */
export function asPrinted(want: Record<string, string[]>, got: Record<string, string[]>, pdf: Uint8Array): Record<string, string[]> {
  // Without page furniture (the drafts' 「草稿」 and 「— 2 —」): a mark may go missing at a page's end.
  const poppler = execFileSync("pdftotext", ["-raw", "-", "-"], { input: pdf }).toString().replace(/\s+/g, "").replace(/草稿|—\d+—/g, "");
  return Object.fromEntries(
    Object.entries(want).map(([k, ps]) => [k, ps.map((p, i) => (got[k]?.[i] !== undefined && droppedByPrinter(got[k]![i]!, p, poppler) ? got[k]![i]! : p))]),
  );
}
