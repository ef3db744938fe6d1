// A reading gap is never an arithmetic error (issue #21): a 勾稽关系 over a cell an importer named unread says
// it could not be checked and names the unread rows; 「相差」 only when every operand was read.
import { describe, expect, it } from "vitest";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { setPath } from "../values/object-path";
import { evaluate } from "./evaluate";
import { documentIssue } from "./structure-rules";

const R = "tables.requests";
const applicants = ["natural", "business", "research", "nonprofit", "legal", "otherOrg", "total"];
const unreadRow = (row: string) => applicants.map((c) => `${R}.${row}.${c}`);

/** The report as an importer gives it when the row 「1.本机关不掌握相关政府信息」 was not read: its cells empty. */
function withRowUnread(row: string) {
  const doc = unreadRow(row).reduce((d, p) => setPath(d, p, null), valid as unknown as typeof valid);
  const findings = [documentIssue("import.unread", unreadRow(row), "表三·1.本机关不掌握相关政府信息：这一行没有找到，7 个单元格未导入")];
  return { doc, findings };
}

describe("checks over an unread cell", () => {
  it("give one note per relation naming the unread row, never 相差", () => {
    const { doc, findings } = withRowUnread("notHeld");
    // The row holds numbers in the fixture: read as blank they would give 「相差」 in the 自然人 and 总计 columns.
    expect(valid.tables.requests.notHeld.natural).toBeGreaterThan(0);
    const issues = evaluate(doc, { document: { findings } });
    expect(issues.filter((i) => i.message.includes("相差"))).toEqual([]);
    const notes = issues.filter((i) => i.rule === "import.unchecked");
    expect(notes.map((n) => [n.severity, n.message])).toEqual([
      ["warning", "表三：（七）总计 = （一）至（六）各项之和有 7 处无法核对，因为“（四）无法提供 1.本机关不掌握相关政府信息”有单元格未能读出；请对照原文核对"],
      ["warning", "表三：总计 = 六类申请人之和有 1 处无法核对，因为“（四）无法提供 1.本机关不掌握相关政府信息”有单元格未能读出；请对照原文核对"],
    ]);
    expect(notes[0]!.cells).toEqual(unreadRow("notHeld"));
    // Not also 「空格按 0 计算」: the cells are unread, not blank.
    expect(issues.filter((i) => i.rule === "value.blank")).toEqual([]);
  });

  it("without the importer's finding the same empty cells are blanks, and the sums say 相差", () => {
    const { doc } = withRowUnread("notHeld");
    const issues = evaluate(doc);
    expect(issues.some((i) => i.rule === "requests.outcome-total" && i.message.includes("相差"))).toBe(true);
    expect(issues.filter((i) => i.rule === "import.unchecked")).toEqual([]);
  });
});
