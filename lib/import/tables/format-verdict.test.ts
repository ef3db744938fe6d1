// The format verdict by evidence (issue #21): 2021 表二 columns are 2021 evidence, so a one-row （六）其他处理 in
// such a report is a warning and its numbers go to 3.其他 — never 旧格式; a report from before 2019 has its
// own verdict and wording; the 2019 message lists only markers that really are old.
import { describe, expect, it } from "vitest";
import { checkImported } from "../build/check-imported";
import { importReport } from "../build/import-report";
import { getPath } from "../../values/object-path";
import { reportDocx } from "../../../test-support/field-corpus/report-docx";
import { fieldSource } from "../../../test-support/field-corpus/source-data";

const R = "tables.requests";
const COLS = ["natural", "business", "research", "nonprofit", "legal", "otherOrg", "total"];

describe("one-row （六）其他处理 in a 2021 report", () => {
  const source = fieldSource({ seed: 7 });
  const result = importReport({ name: "r.docx", bytes: reportDocx(source, { singleOther: true }) });
  if (!result.ok) throw new Error(result.error);

  it("stays 2021, with the warning over the group", () => {
    expect(result.detected.format).toBe("gov-2021");
    const warning = result.findings.filter((f) => f.rule === "import.single-row-other");
    expect(warning.map((w) => [w.severity, w.message])).toEqual([
      ["warning", "表三·（六）其他处理未按格式分为三行，其数字已计入“3.其他”，其余两行留空；请核对是否应分到其他两行"],
    ]);
    expect(result.findings.some((f) => f.rule === "format.obsolete-2019")).toBe(false);
  });

  it("reads the row into 3.其他 (what the document printed there: 3.其他's numbers)", () => {
    for (const c of COLS) expect(getPath(result.report, `${R}.otherReason.${c}`)).toBe(getPath(source, `${R}.otherReason.${c}`));
  });

  it("keeps 表二 (2021 columns) and gives no 「表二…一个数字也没有填写」 or 空格 for the two rows it does not print", () => {
    expect(getPath(result.report, "tables.proactive.licensing.decisions")).toBe(getPath(source, "tables.proactive.licensing.decisions"));
    const issues = checkImported(result);
    expect(issues.filter((i) => i.rule === "content.table-empty")).toEqual([]);
    expect(issues.filter((i) => i.rule === "value.blank" && i.cells.some((c) => /noCorrection|feeUnpaid/.test(c)))).toEqual([]);
  });
});

describe("a report from before the 2019 format", () => {
  it("has its own verdict and wording, not 「2019 年试行格式」", () => {
    const result = importReport({ name: "r.docx", bytes: reportDocx(fieldSource({ seed: 8, year: 2017 })) });
    if (!result.ok) throw new Error(result.error);
    expect(result.detected.era).toBe("pre-2019");
    const found = result.findings.filter((f) => f.rule === "format.obsolete-2019");
    expect(found.map((f) => [f.severity, f.message])).toEqual([
      [
        "warning",
        "这是 2017 年度的报告，早于 2019 年试行格式，按 2008 年《中华人民共和国政府信息公开条例》编写；其统计表与现行格式不能逐格对应，已按能对应的部分导入，请勿与现行格式的报告逐项比较",
      ],
    ]);
  });
});
