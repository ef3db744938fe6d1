// Round trip through the real renderer (lib/docx): report → .docx → importReport → the same values.
// Through a PDF: pdf-round-trip.test.ts (the PDF reader) and pdf-text-round-trip.test.ts (its text).
import { Packer } from "docx";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderReport } from "../docx/render-report";
import type { Report } from "../report/types";
import { cellDiff, reportArb as reportArbOf } from "../../test-support/generated-reports";
import { importReport } from "./import-report";

const reportArb = reportArbOf(99_999);

const docx = async (r: Report) => new Uint8Array(await Packer.toBuffer(renderReport(r, {})));

describe("round trip through the renderer", () => {
  it("report → .docx → import gives the same values, unit and year (200 cases)", async () => {
    await fc.assert(
      fc.asyncProperty(reportArb, async (report) => {
        const result = importReport({ name: "report.docx", bytes: await docx(report) });
        if (!result.ok) throw new Error(result.error);
        expect(cellDiff(result.report, report)).toEqual([]);
        expect(result.unread).toEqual([]);
        expect([result.report.unit.name, result.report.year]).toEqual([report.unit.name, report.year]);
        expect(result.findings.filter((f) => f.rule.startsWith("structure."))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});
