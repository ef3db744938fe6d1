// Round trip through a real PDF: report → .docx (the renderer, draft: running head 「草稿」) → LibreOffice PDF
// → the PDF reader (pdf.js: lattice tables, paragraphs, page furniture) → the same values, title, date and
// the same prose paragraphs in the same fields. Counts reach six digits, which wrap inside 表四's cells.
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { renderDocxBuffer } from "../../../docx/pack";
import type { Report } from "../../../report/types";
import { cellDiff, proseFields, reportArb } from "../../../../test-support/generated-reports";
import { asPrinted, docxToPdf, hasLibreOffice } from "../../../../test-support/libreoffice";
import { importFile } from "../../build/import-file";
import { readPdfNode } from "./read-pdf-node";

const CASES = 50;

describe.skipIf(!hasLibreOffice())("report → .docx → LibreOffice PDF → PDF reader", () => {
  let reports: Report[] = [];
  let pdfs: Uint8Array[] = [];
  beforeAll(async () => {
    reports = fc.sample(reportArb(999_999, true), { numRuns: CASES, seed: 12 });
    pdfs = docxToPdf(await Promise.all(reports.map(async (r) => new Uint8Array(await renderDocxBuffer(r, { draft: true })))));
  }, 180_000);

  it(`gives back every value, the title, the date and every prose paragraph (${CASES} reports)`, async () => {
    for (const [i, want] of reports.entries()) {
      const got = await importFile(`r${i}.pdf`, pdfs[i]!, readPdfNode);
      if (!got.ok) throw new Error(`case ${i}: ${got.error}`);
      expect(cellDiff(got.report, want), `case ${i}`).toEqual([]);
      expect(got.unread, `case ${i}`).toEqual([]);
      expect([got.report.unit.name, got.report.year, got.report.publishedOn], `case ${i}`).toEqual([want.unit.name, want.year, want.publishedOn]);
      const prose = proseFields(got.report);
      expect(prose, `case ${i}`).toEqual(asPrinted(proseFields(want), prose, pdfs[i]!));
      expect(got.findings.filter((f) => f.rule.startsWith("structure.")), `case ${i}`).toEqual([]);
    }
  });
});

/** The same .docx with its tables' borders taken away (tables laid out by spacing only). */
function withoutBorders(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  const xml = strFromU8(files["word/document.xml"]!).replace(/(<w:tblBorders>.*?<\/w:tblBorders>)/g, (b) => b.replace(/w:val="single"/g, 'w:val="nil"'));
  return zipSync({ ...files, "word/document.xml": strToU8(xml) });
}

describe.skipIf(!hasLibreOffice())("a PDF whose tables have no ruling lines", () => {
  // Without rules a number wrapped inside its cell cannot be told from the rows above and below (as in
  // pdftotext's text): counts up to four digits, which fit their cells.
  it("gives back every value: the columns are read from the gaps between words (10 reports)", async () => {
    const reports = fc.sample(reportArb(9_999, true), { numRuns: 10, seed: 9 });
    const pdfs = docxToPdf(await Promise.all(reports.map(async (r) => withoutBorders(new Uint8Array(await renderDocxBuffer(r, { draft: true }))))));
    for (const [i, want] of reports.entries()) {
      const read = await readPdfNode(pdfs[i]!);
      expect(read.ok && read.pages.every((p) => p.rules.length === 0), `case ${i}: no rules`).toBe(true);
      const got = await importFile(`r${i}.pdf`, pdfs[i]!, readPdfNode);
      if (!got.ok) throw new Error(`case ${i}: ${got.error}`);
      expect(cellDiff(got.report, want), `case ${i}`).toEqual([]);
      expect(got.unread, `case ${i}`).toEqual([]);
      expect(got.findings.filter((f) => f.rule.startsWith("structure.")), `case ${i}`).toEqual([]);
    }
  }, 180_000);
});
