// Round trip through the real renderer (lib/docx): report → .docx → importReport → the same values;
// and report → .docx → LibreOffice PDF → `pdftotext -layout` → importReport → the same values.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Packer } from "docx";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderReport } from "../../../docx/render-report";
import { convertToPdf } from "../../../../test-support/docx-utils";
import { cellDefs } from "../../../format/cell-path";
import type { Report } from "../../../report/types";
import { getPath, setPath } from "../../../values/object-path";
import { gov2021 } from "../../../../templates/gov-2021";
import valid from "../../../../templates/gov-2021/fixtures/valid-report.json";
import { importReport } from "../../build/import-report";

const defs = cellDefs(gov2021);
const NAME_CHARS = [..."城关和庄港口金殿大黑官河东西南北新安平山"];

/** Random reports: every cell a number (the renderer prints blanks as 0, see lib/values/format-number). */
const reportArbOf = (maxCount: number) => fc
  .record({
    name: fc.array(fc.constantFrom(...NAME_CHARS), { minLength: 2, maxLength: 6 }).map((c) => c.join("") + "镇"),
    year: fc.integer({ min: 2021, max: 2030 }),
    cells: fc.tuple(...defs.map((d) => (d.kind === "count" ? fc.nat(maxCount) : fc.integer({ min: 0, max: 99_999_999 }).map((n) => n / 10_000)))),
  })
  .map(({ name, year, cells }) => {
    let r = structuredClone(valid) as unknown as Report;
    r = { ...r, unit: { ...r.unit, name }, year };
    defs.forEach((d, i) => (r = setPath(r, d.path, cells[i])));
    return r;
  });
const reportArb = reportArbOf(99_999);

function cellDiff(got: Report, want: Report): string[] {
  return defs.filter((d) => getPath(got, d.path) !== getPath(want, d.path)).map((d) => `${d.path}: ${String(getPath(got, d.path))} ≠ ${String(getPath(want, d.path))}`);
}

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

  const tools = spawnSync("soffice", ["--version"]).status === 0 && spawnSync("pdftotext", ["-v"]).status === 0;
  it.skipIf(!tools)("report → .docx → LibreOffice PDF → pdftotext -layout → import gives the same values (8 cases)", async () => {
    // Five-digit numbers in 表四's narrow cells: the renderer sizes them to fit one line (lib/docx/table-fit.ts).
    const reports = fc.sample(reportArbOf(99_999), { numRuns: 8, seed: 2021 });
    const dir = mkdtempSync(path.join(tmpdir(), "nianbao-pdf-"));
    try {
      for (const [i, r] of reports.entries()) writeFileSync(path.join(dir, `r${i}.docx`), await docx(r));
      // The fonts are fixed (test-support/docx-utils.ts), so the result does not depend on what else a machine has.
      convertToPdf(reports.map((_, i) => path.join(dir, `r${i}.docx`)), dir);
      reports.forEach((r, i) => {
        const txt = path.join(dir, `r${i}.txt`);
        execFileSync("pdftotext", ["-layout", path.join(dir, `r${i}.pdf`), txt]);
        const result = importReport({ text: readFileSync(txt, "utf8") });
        if (!result.ok) throw new Error(result.error);
        expect(cellDiff(result.report, r), `case ${i}`).toEqual([]);
        expect(result.unread, `case ${i}`).toEqual([]);
        expect([result.report.unit.name, result.report.year]).toEqual([r.unit.name, r.year]);
      });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});
