// The preview's HTML (what a clerk sees, and what a page built from it publishes) read back by the web page
// importer: the same values, title, date and prose paragraphs, for generated reports with six-digit counts.
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { importReport } from "@/lib/import/build/import-report";
import { gov2021 } from "@/templates/gov-2021";
import { cellDiff, proseFields, reportArb } from "@/test-support/generated-reports";
import { ReportPreview } from "./report-preview";

describe("report → preview HTML → web page importer", () => {
  it("gives back every value, the title, the date and every paragraph (60 reports)", () => {
    fc.assert(
      fc.property(reportArb(999_999, true), (report) => {
        const html = renderToStaticMarkup(<ReportPreview report={report} format={gov2021} />);
        const got = importReport({ html });
        if (!got.ok) throw new Error(got.error);
        expect(cellDiff(got.report, report)).toEqual([]);
        expect(got.unread).toEqual([]);
        expect([got.report.unit.name, got.report.year, got.report.publishedOn]).toEqual([report.unit.name, report.year, report.publishedOn]);
        expect(proseFields(got.report)).toEqual(proseFields(report));
      }),
      { numRuns: 60 },
    );
  });
});
