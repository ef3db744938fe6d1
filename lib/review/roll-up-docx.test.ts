// The roll-up .docx: unzipped (title, three tables with the layout's merges) and printed by LibreOffice
// (pdftotext finds the title, the headings and the county's sums; PNGs under /tmp for a look).
import { describe, expect, it } from "vitest";
import path from "node:path";
import { convertToPdf, els, pdfText, pdfToPng, readDocx, squash, tempDir, textOf, writeTemp } from "../../test-support/docx-utils";
import type { Report } from "../report/types";
import { setPath } from "../values/object-path";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { hasLibreOffice } from "../../test-support/libreoffice";
import { xmlPartErrors } from "../../test-support/xml-parts";
import { rollUp } from "./roll-up";
import { renderRollUpDocx, rollUpTitle } from "./roll-up-docx";
import type { ReviewEntry } from "./types";

const fixture = valid as unknown as Report;
const entry = (id: string, report: Report): ReviewEntry => ({
  id, fileName: id, size: 1, status: "pass", unit: id, unitKind: "township", year: 2024, format: "gov-2021", errors: 0, warnings: 0,
  figures: { received: null, outcomeTotal: null, carriedForward: null, reconsiderationTotal: null, litigationTotal: null }, issues: [], report,
});
const sum = rollUp(
  [entry("甲镇", setPath(fixture, "tables.proactive.fees.amount", 0.1)), entry("乙镇", setPath(fixture, "tables.proactive.fees.amount", 0.2)), entry("丙镇", fixture)],
  { year: 2024 },
);
const req = fixture.tables.requests as Record<string, Record<string, number>>;

describe("renderRollUpDocx", () => {
  it("a title, the three tables in the official layout, the sums", async () => {
    const docx = readDocx(await renderRollUpDocx(sum, "示例县"));
    const body = docx.xml("word/document.xml");
    expect(rollUpTitle(sum, "示例县")).toBe("示例县2024年度政府信息公开工作年度报告汇总表");
    expect(els(body, "t").map((t) => t.textContent).join("")).toContain("示例县2024年度政府信息公开工作年度报告汇总表");
    expect(els(body, "tbl")).toHaveLength(3);
    const cells = els(body, "tc").map(textOf);
    expect(cells).toContain(String(3 * req.received!.total!));
    expect(cells).toContain("1.55"); // 0.1 + 0.2 + 1.25
  });

  it("says how many of the summed reports have errors in their tables (summed as they are), and only then", async () => {
    const text = async (r: typeof sum) => els(readDocx(await renderRollUpDocx(r)).xml("word/document.xml"), "p").map(textOf).join("\n");
    expect(await text(sum)).not.toContain("表格有错误");
    const flawed = { ...sum, included: sum.included.map((i, n) => (n === 1 ? { ...i, tableErrors: 2 } : i)) };
    expect(await text(flawed)).toContain("本表汇总 3 个单位的年度报告。其中 1 份报告的表格有错误，按原数计入。");
  });

  it.skipIf(!hasLibreOffice())("prints: LibreOffice → PDF → the title, headings and sums in the text", async () => {
    const dir = tempDir("rollup-docx-");
    const file = writeTemp(dir, "汇总表.docx", await renderRollUpDocx(sum, "示例县"));
    convertToPdf([file], dir);
    const pdf = path.join(dir, "汇总表.pdf");
    const text = squash(pdfText(pdf));
    for (const s of ["示例县2024年度政府信息公开工作年度报告汇总表", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "1.55"]) {
      expect(text).toContain(s);
    }
    pdfToPng(pdf, path.join(dir, "page"));
  }, 120_000);
});

describe("the roll-up .docx with a county name typed with invisible characters", () => {
  it("every part parses; the title holds the name as it shows", async () => {
    const bytes = await renderRollUpDocx(sum, "示例\u202e县\uFFFE\u200b");
    expect(xmlPartErrors(bytes)).toEqual([]);
    expect(textOf(els(readDocx(bytes).xml("word/document.xml"), "p")[0]!)).toBe(rollUpTitle(sum, "示例县"));
  });
});
