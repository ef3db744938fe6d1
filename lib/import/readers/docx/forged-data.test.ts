// Issue #23: what is imported is what is printed. A .docx made here whose data part was replaced (the visible text
// unchanged since it was rendered, still printing 999, the fingerprint intact) is read from its text, and says so.
import { describe, expect, it } from "vitest";
import { renderDocxBuffer } from "../../../docx/pack";
import { cellDefs, cellName } from "../../../format/cell-path";
import { validateReport } from "../../../report/parse-report-json";
import { getPath, setPath } from "../../../values/object-path";
import { withTotals } from "../../../grid/totals";
import { gov2021 } from "../../../../templates/gov-2021";
import valid from "../../../../templates/gov-2021/fixtures/valid-report.json";
import { withForgedData } from "../../../../test-support/docx-packages";
import { checkImported } from "../../build/check-imported";
import { importReport } from "../../build/import-report";
import { runCli, tempFiles } from "../../../../test-support/cli";

const fixture = (() => {
  const r = validateReport(valid);
  if (!r.ok) throw new Error(r.error);
  return r.report;
})();
const NATURAL = "tables.requests.received.natural";
const TOTAL = "tables.requests.received.total";

const forge = withForgedData;

describe("a .docx whose embedded data was replaced", () => {
  it("reads 999 from the visible text, not the data's 46, and says the embedded data did not match", async () => {
    const printed = withTotals(setPath(fixture, NATURAL, 999), gov2021);
    const bytes = forge(new Uint8Array(await renderDocxBuffer(printed, { draft: true })), fixture);
    const r = importReport({ name: "2024年政府信息公开工作年度报告.docx", bytes });
    if (!r.ok) throw new Error(r.error);
    expect(getPath(r.report, NATURAL)).toBe(999);
    expect(getPath(r.report, TOTAL)).toBe(getPath(printed, TOTAL));
    expect(r.embedded).toBe("mismatch");
    const names = [NATURAL, TOTAL].map((p) => cellName(cellDefs(gov2021).find((d) => d.path === p)!));
    const finding = r.findings.find((f) => f.rule === "import.embedded-mismatch")!;
    expect(finding).toEqual({
      rule: "import.embedded-mismatch",
      severity: "warning",
      cells: [NATURAL, TOTAL],
      message: `文档中附带的报告数据与文档文字不一致（数据可能被替换过），已按文档文字读取。不一致的内容：${names.join("；")}`,
    });
    // The verdict is the printed one's: 999 breaks the balance the data's 46 kept.
    const issues = checkImported(r);
    expect(issues.some((i) => i.severity === "error" && i.cells.includes(NATURAL))).toBe(true);
    expect(issues.some((i) => i.rule === "import.embedded-mismatch")).toBe(true);
  });

  it("the same document with its own data: read from the data, exactly, with nothing to say", async () => {
    const printed = withTotals(setPath(fixture, NATURAL, 999), gov2021);
    const r = importReport({ name: "r.docx", bytes: new Uint8Array(await renderDocxBuffer(printed, { draft: true })) });
    if (!r.ok) throw new Error(r.error);
    expect(r.embedded).toBe("exact");
    expect(r.report).toEqual(printed);
    expect(r.findings).toEqual([]);
  });

  it("nianbao check: the printed 999 is checked (exit 1, the balance error) and the mismatch is said", async () => {
    const printed = withTotals(setPath(fixture, NATURAL, 999), gov2021);
    const forged = forge(new Uint8Array(await renderDocxBuffer(printed, { draft: true })), fixture);
    const r = await runCli("check", tempFiles("nianbao-forged-").file("东关镇.docx", forged));
    expect(r.code).toBe(1);
    expect(r.out).toContain("文档中附带的报告数据与文档文字不一致（数据可能被替换过），已按文档文字读取");
    const carried = getPath(fixture, "tables.requests.carriedOver.natural") as number;
    expect(r.out).toContain(`表三·自然人列：一+二 = ${999 + carried}，`);
  });
});
