// Text taken out of a PDF, as clerks bring it: `pdftotext -layout` (columns and indents kept) and a copy
// from a PDF viewer (one table cell per line, no indents). From generated reports with realistic counts
// (up to four digits: longer ones wrap inside 表四's narrow cells, which only the PDF reader can rejoin).
import { execFileSync } from "node:child_process";
import { unzipSync, zipSync } from "fflate";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { renderDocxBuffer } from "../../../docx/pack";
import type { Report } from "../../../report/types";
import { cellDiff, proseFields, reportArb } from "../../../../test-support/generated-reports";
import { asPrinted, docxToPdf, hasLibreOffice } from "../../../../test-support/libreoffice";
import { viewerCopy } from "../../../../test-support/viewer-copy";
import { checkImported } from "../../build/check-imported";
import { importFile } from "../../build/import-file";
import { importReport, type ImportResult } from "../../build/import-report";
import { readPdfNode } from "./read-pdf-node";

const CASES = 12;

/** The .docx without the data part it carries, so that it is read by its text as a PDF is (no 上年 figures). */
function visibleOnly(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  return zipSync(Object.fromEntries(Object.entries(files).filter(([name]) => !/^customXml\//.test(name))));
}
const ok = (r: ImportResult) => {
  if (!r.ok) throw new Error(r.error);
  return r;
};
const said = (r: Extract<ImportResult, { ok: true }>) => checkImported(r).map((i) => `${i.severity} ${i.rule} ${i.cells.join(",")}`).sort();

describe.skipIf(!hasLibreOffice())("text taken out of a PDF", () => {
  let reports: Report[] = [];
  let docx: Uint8Array[] = [];
  let pdfs: Uint8Array[] = [];
  beforeAll(async () => {
    reports = fc.sample(reportArb(9_999, true), { numRuns: CASES, seed: 2021 });
    docx = await Promise.all(reports.map(async (r) => new Uint8Array(await renderDocxBuffer(r, { draft: true }))));
    pdfs = docxToPdf(docx);
  }, 120_000);

  it(`pdftotext -layout: every value, and the prose in the same paragraphs (${CASES} reports)`, () => {
    reports.forEach((want, i) => {
      const text = execFileSync("pdftotext", ["-layout", "-", "-"], { input: pdfs[i]! }).toString();
      const got = ok(importReport({ text }));
      expect(cellDiff(got.report, want), `case ${i}`).toEqual([]);
      expect(got.unread, `case ${i}`).toEqual([]);
      expect([got.report.unit.name, got.report.year, got.report.publishedOn], `case ${i}`).toEqual([want.unit.name, want.year, want.publishedOn]);
      const prose = proseFields(got.report);
      expect(prose, `case ${i}`).toEqual(asPrinted(proseFields(want), prose, pdfs[i]!));
    });
  });

  it(`a PDF viewer's copy, one cell per line: every value, and no finding the Word document's text does not give (${CASES} reports)`, async () => {
    for (const [i, want] of reports.entries()) {
      const read = await readPdfNode(pdfs[i]!);
      if (!read.ok) throw new Error(read.error);
      const text = viewerCopy(read.pages);
      expect(text.split("\n")).toContain("行政许可"); // a label alone on its line, its value on the next
      const got = ok(importReport({ text }));
      expect(cellDiff(got.report, want), `case ${i}`).toEqual([]);
      expect(got.unread, `case ${i}`).toEqual([]);
      expect(said(got), `case ${i}`).toEqual(said(ok(importReport({ name: "r.docx", bytes: visibleOnly(docx[i]!) }))));
      // Every paragraph's words are there, in their field (where a paragraph ends is a guess without indents;
      // 六（一）'s status sentence, which the renderer adds, is read as the status only when it stands alone).
      const flat = (r: Report) =>
        Object.fromEntries(Object.entries(proseFields(r)).map(([k, ps]) => [k, ps.join("").replace(/[；，、。：！？]/g, "").replace(/本年度未收取信息处理费$/, "")]));
      expect(flat(got.report), `case ${i}`).toEqual(flat(want));
    }
  });

  it("imported and printed again, a report keeps its number of pages (from the PDF, its text and a viewer's copy)", async () => {
    const pages = async (pdf: Uint8Array) => {
      const read = await readPdfNode(pdf);
      if (!read.ok) throw new Error(read.error);
      return read.pages.length;
    };
    const some = reports.slice(0, 4).map((_, i) => i);
    const again: Report[] = [];
    for (const i of some) {
      const read = await readPdfNode(pdfs[i]!);
      if (!read.ok) throw new Error(read.error);
      const layout = execFileSync("pdftotext", ["-layout", "-", "-"], { input: pdfs[i]! }).toString();
      again.push(ok(await importFile("r.pdf", pdfs[i]!, readPdfNode)).report, ok(importReport({ text: layout })).report, ok(importReport({ text: viewerCopy(read.pages) })).report);
    }
    const reprinted = docxToPdf(await Promise.all(again.map(async (r) => new Uint8Array(await renderDocxBuffer(r, { draft: true })))));
    for (const [k, i] of some.entries()) {
      const before = await pages(pdfs[i]!);
      const [fromPdf, fromLayout, fromViewer] = await Promise.all(reprinted.slice(3 * k, 3 * k + 3).map(pages));
      expect([fromPdf, fromLayout], `case ${i}`).toEqual([before, before]);
      expect(Math.abs(fromViewer! - before), `case ${i}: ${before} → ${fromViewer}`).toBeLessThanOrEqual(1);
    }
  }, 120_000);
});
