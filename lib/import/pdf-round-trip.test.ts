// Round trip through a real PDF: report → .docx (the renderer, draft: running head 「草稿」) → LibreOffice PDF
// → the PDF reader (pdf.js: lattice tables, paragraphs, page furniture) → the same values, title, date and
// the same prose paragraphs in the same fields. Counts reach six digits, which wrap inside 表四's cells.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { renderDocxBuffer } from "../docx/pack";
import type { Report } from "../report/types";
import { cellDiff, proseFields, reportArb } from "../../test-support/generated-reports";
import { asPrinted, docxToPdf, hasLibreOffice } from "../../test-support/libreoffice";
import { importFile } from "./import-file";
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
