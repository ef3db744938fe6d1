// proposeMapping: the header found under title rows (one line or two, merged or as CSV leaves it), the header
// words registers use, the brief's free-text values with `sure` only where nothing is left unexplained, and a
// remembered mapping winning over any guess.
import { describe, expect, it } from "vitest";
import type { RegisterSheet } from "../types";
import { matchValue } from "./match-value";
import { proposeMapping } from "./propose-mapping";

const sheet = (rows: string[][]): RegisterSheet => ({ name: "台账", rows: rows.map((cells, i) => ({ rowNumber: i + 1, cells })) });

describe("layout", () => {
  it("finds a one-line header under a title row", () => {
    const p = proposeMapping([sheet([["2024年度依申请公开登记台账"], ["序号", "申请人", "申请人性质", "受理日期", "办结日期", "答复情况"], ["1", "张某", "个人", "2024-01-02", "2024-01-09", "予以公开"]])], "requests");
    expect(p.layout).toEqual({ sheet: "台账", headerRows: [2], firstDataRow: 3, headers: ["序号", "申请人", "申请人性质", "受理日期", "办结日期", "答复情况"] });
    expect(p.columns.map((c) => [c.role, c.sure])).toEqual([["ignored", true], ["private", true], ["applicantType", true], ["received", true], ["answered", true], ["outcome", true]]);
  });

  it("joins a group header merged over its sub-headers, as a CSV leaves it (text in the first cell only)", () => {
    const p = proposeMapping(
      [sheet([["台账"], ["序号", "申请人情况", "", "收到日期", "办理情况", "", ""], ["", "姓名", "类型", "", "答复日期", "处理结果", "理由"], ["1", "李某", "企业", "2024/2/1", "2024/2/20", "不予公开", "属于国家秘密"]])],
      "requests",
    );
    expect(p.layout.headerRows).toEqual([2, 3]);
    expect(p.layout.headers).toEqual(["序号", "申请人情况·姓名", "申请人情况·类型", "收到日期", "办理情况·答复日期", "办理情况·处理结果", "办理情况·理由"]);
    expect(p.columns.map((c) => c.role)).toEqual(["ignored", "private", "applicantType", "received", "answered", "outcome", "reason"]);
    expect(p.values.outcome).toEqual([{ value: "不予公开：属于国家秘密", count: 1, category: "withheld.stateSecret", sure: true }]);
  });

  it("picks the sheet of the kind asked for", () => {
    const requests = sheet([["申请人类型", "收到日期", "答复日期", "处理结果"]]);
    const appeals = { ...sheet([["案件类型", "收案日期", "审结日期", "审理结果"]]), name: "复议诉讼" };
    expect(proposeMapping([requests, appeals], "appeals").layout.sheet).toBe("复议诉讼");
    expect(proposeMapping([requests, appeals], "requests").layout.sheet).toBe("台账");
  });

  it("says in Chinese when there is no header", () => {
    expect(() => proposeMapping([sheet([["甲", "乙"], ["1", "2"]])], "requests")).toThrow("没有找到表头");
  });
});

describe("values (the brief's examples)", () => {
  it.each([
    ["applicantType", "个人", "natural", true],
    ["applicantType", "公民", "natural", true],
    ["applicantType", "群众", "natural", true],
    ["applicantType", "村民", "natural", true],
    ["applicantType", "某某科技有限公司", "business", false],
    ["applicantType", "企业", "business", true],
    ["applicantType", "律师事务所", "legal", true],
    ["applicantType", "律所", "legal", true],
    ["applicantType", "研究所", "research", true],
    ["applicantType", "大学", "research", true],
    ["applicantType", "协会", "nonprofit", true],
    ["applicantType", "基金会", "nonprofit", true],
    ["applicantType", "法人", null, false],
    ["outcome", "不予公开-国家秘密", "withheld.stateSecret", true],
    ["outcome", "部分公开", "partlyGranted", true],
    ["outcome", "部分公开（部分涉及商业秘密）", "partlyGranted", false],
    ["outcome", "信息不存在", "unavailable.notHeld", true],
    ["outcome", "不掌握", "unavailable.notHeld", true],
    ["outcome", "撤回", "otherHandling.otherReason", true],
    ["outcome", "未答复", "pending", true],
    ["outcome", "办理中", "pending", true],
    ["outcome", "不予公开", null, false],
    ["outcome", "已处理", null, false],
    ["caseType", "复议后起诉", "afterReview", true],
    ["caseType", "未经复议直接起诉", "direct", true],
    ["caseType", "行政复议", "review", true],
    ["result", "维持", "upheld", true],
    ["result", "尚未审结", "pending", true],
  ] as const)("%s 「%s」 → %s (sure: %s)", (field, value, category, sure) => {
    expect(matchValue(field, value)).toEqual({ category, sure });
  });

  it("counts each distinct value and notes that a withdrawn application goes to （六）3.其他", () => {
    const p = proposeMapping([sheet([["申请人类型", "收到日期", "答复日期", "处理结果"], ["个人", "2024-1-1", "2024-1-5", "撤回"], ["个人", "2024-1-1", "2024-1-5", "予以公开"], ["群众", "2024-1-1", "2024-1-5", "予以公开"]])], "requests");
    expect(p.values.applicantType).toEqual([
      { value: "个人", count: 2, category: "natural", sure: true },
      { value: "群众", count: 1, category: "natural", sure: true },
    ]);
    expect(p.values.outcome![1]).toEqual({ value: "撤回", count: 1, category: "otherHandling.otherReason", sure: true, note: "标为撤回的申请计入「（六）其他处理 3.其他」，可在“六、其他需要报告的事项”中说明" });
  });
});

describe("a remembered mapping", () => {
  it("wins for columns and values, and is sure", () => {
    const s = sheet([["类别", "日期一", "日期二", "结论"], ["法人", "2024-1-1", "2024-1-5", "不予公开"]]);
    const remembered = {
      version: 1 as const,
      kind: "requests" as const,
      columns: [
        { header: "类别", role: "applicantType" as const },
        { header: "日期一", role: "received" as const },
        { header: "日期二", role: "answered" as const },
        { header: "结论", role: "outcome" as const },
      ],
      values: { applicantType: { 法人: "otherOrg" }, outcome: { 不予公开: "withheld.thirdParty" } },
    };
    const p = proposeMapping([s], "requests", remembered);
    expect(p.columns.map((c) => [c.role, c.sure])).toEqual([["applicantType", true], ["received", true], ["answered", true], ["outcome", true]]);
    expect(p.values.applicantType).toEqual([{ value: "法人", count: 1, category: "otherOrg", sure: true }]);
    expect(p.values.outcome).toEqual([{ value: "不予公开", count: 1, category: "withheld.thirdParty", sure: true }]);
  });
});
