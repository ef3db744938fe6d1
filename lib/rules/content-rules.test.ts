// Family content: each rule broken on the complete fixture, asserting the exact issue the engine gives.
import { describe, expect, it } from "vitest";
import { gov2021 } from "../../templates/gov-2021";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { emptyReport } from "../values/empty-report";
import { setPath } from "../values/object-path";
import { withTotals } from "../grid/totals";
import { evaluate } from "./evaluate";
import type { Issue } from "./types";

type Doc = typeof valid;
const withChanges = (changes: Record<string, unknown>): Doc =>
  Object.entries(changes).reduce((doc, [p, v]) => setPath(doc, p, v), valid as Doc);
const only = (issues: Issue[], family: string) => issues.filter((i) => i.rule.startsWith(family));

describe("the complete fixture", () => {
  it("has no issue at all", () => {
    expect(evaluate(valid)).toEqual([]);
  });
});

describe("basic information", () => {
  it("content.unit-name: no unit name (blank or spaces only)", () => {
    for (const name of ["", "   "]) {
      expect(evaluate(withChanges({ "unit.name": name }))).toEqual([
        { rule: "content.unit-name", severity: "error", cells: ["unit.name"], message: "基本信息：请填写机关名称（用于报告标题和落款）" },
      ]);
    }
  });

  it("content.published-on: no 成文日期, or one that is not a date", () => {
    expect(evaluate(withChanges({ publishedOn: "" }))).toEqual([
      { rule: "content.published-on", severity: "error", cells: ["publishedOn"], message: "基本信息：请填写成文日期（印在报告末尾的落款日期）" },
    ]);
    expect(evaluate(withChanges({ publishedOn: "2025-02-30" }))[0]).toEqual({
      rule: "content.published-on",
      severity: "error",
      cells: ["publishedOn"],
      message: "基本信息：成文日期“2025-02-30”不是有效的日期，请按“2025-01-20”的形式填写",
    });
  });

  it("content.published-on-year: a 成文日期 neither in the report year nor the next", () => {
    expect(evaluate(withChanges({ publishedOn: "2023-01-20" }))).toEqual([
      {
        rule: "content.published-on-year",
        severity: "warning",
        cells: ["publishedOn"],
        message: "基本信息：成文日期为 2023年1月20日，而报告年度为 2024 年；成文日期一般在 2025 年年初，请核对",
      },
    ]);
    expect(evaluate(withChanges({ publishedOn: "2024-12-31" }))).toEqual([]);
  });

  it("content.contact: no address, phone or e-mail, and none written in the text", () => {
    const none = { "contact.address": "", "contact.phone": " ", "contact.email": "" };
    expect(evaluate(withChanges(none))).toEqual([
      {
        rule: "content.contact",
        severity: "error",
        cells: ["contact.address", "contact.phone", "contact.email"],
        message: "基本信息·联系方式：请至少填写通信地址、联系电话、电子邮箱中的一项（正式报告开头须写明联系方式）",
      },
    ]);
    expect(evaluate(withChanges({ ...none, "contact.email": "gk@example.gov.cn" }))).toEqual([]);
    // Real reports write it into the text (seed 002: 六, seed 001: the preamble).
    const inText = "如对本报告有疑问，请与党政办公室联系（地址：人民路1号，电话：0000-1234567）。";
    expect(evaluate(withChanges({ ...none, "prose.other.parts.otherMatters": inText }))).toEqual([]);
  });
});

describe("the sections", () => {
  it("content.section-empty: 五 with no text", () => {
    expect(evaluate(withChanges({ "prose.problems.text": "  " }))).toEqual([
      {
        rule: "content.section-empty",
        severity: "error",
        cells: ["prose.problems.text"],
        message: "五、存在的主要问题及改进情况：尚未填写，正式报告必须包含这一部分",
      },
    ]);
  });

  it("content.section-empty: 一 with no text at all is one error (plus the government part), not five warnings", () => {
    const blank = Object.fromEntries(["text", ...Object.keys(valid.prose.overview.parts).map((k) => `parts.${k}`)].map((k) => [`prose.overview.${k}`, ""]));
    const issues = evaluate(withChanges(blank));
    expect(issues.map((i) => [i.rule, i.cells[0]])).toEqual([
      ["content.section-empty", "prose.overview.parts.proactive"],
      ["content.government-part", "prose.overview.parts.assessment"],
    ]);
    expect(issues[0]!.message).toBe("一、总体情况：尚未填写，正式报告必须包含这一部分");
  });

  it("content.part-empty: an aspect of 一 neither written in its part nor named in the section", () => {
    expect(evaluate(withChanges({ "prose.overview.parts.platform": "" }))).toEqual([
      {
        rule: "content.part-empty",
        severity: "warning",
        cells: ["prose.overview.parts.platform"],
        message: "一、总体情况：尚未写到“（四）政府信息公开平台建设”，请在对应小节中填写",
      },
    ]);
    // Written as one text that names the aspect: covered.
    const inLead = withChanges({ "prose.overview.parts.platform": "", "prose.overview.text": "政府信息公开平台运行平稳。" });
    expect(evaluate(inLead)).toEqual([]);
  });

  it("content.government-part: a 人民政府 that does not report 工作考核、社会评议和责任追究结果情况", () => {
    expect(evaluate(withChanges({ "prose.overview.parts.assessment": "" }))).toEqual([
      {
        rule: "content.government-part",
        severity: "error",
        cells: ["prose.overview.parts.assessment"],
        message: "一、总体情况：各级人民政府必须报告“工作考核、社会评议和责任追究结果情况”（没有的也应写明）",
      },
    ]);
    const said = "本年度政务公开工作考核结果为优秀，开展社会评议1次，未发生责任追究情况。";
    expect(evaluate(withChanges({ "prose.overview.parts.assessment": "", "prose.overview.parts.oversight": said }))).toEqual([]);
    // A department owes no such part (条例第五十条第（四）项 names 各级人民政府 only).
    expect(evaluate(withChanges({ "prose.overview.parts.assessment": "", "unit.kind": "county-department" }))).toEqual([]);
  });

  it("content.table-empty: a table with nothing typed, even with its computed 总计 of 0", () => {
    const blankAppeals = withTotals(
      ["review", "direct", "afterReview"].flatMap((g) => ["upheld", "corrected", "otherResult", "pending"].map((c) => `tables.appeals.${g}.${c}`))
        .reduce((doc, p) => setPath(doc, p, null), valid as Doc),
      gov2021,
    );
    const issues = evaluate(blankAppeals);
    expect(issues.map((i) => i.rule)).toEqual(["content.table-empty", "value.blank"]);
    expect(issues[0]).toMatchObject({
      severity: "error",
      message: "表四（四、政府信息公开行政复议、行政诉讼情况）：除总计外一个数字也没有填写；没有发生的事项请逐格填 0",
    });
    expect(issues[0]!.cells).toHaveLength(12);
  });
});

describe("a new, blank report", () => {
  it("lists what a publishable report still needs, in the order of the document, errors first", () => {
    const rules = only(evaluate(emptyReport(gov2021, { unitKind: "township" })), "content").map((i) => i.rule);
    expect(rules).toEqual([
      "content.unit-name",
      "content.published-on",
      "content.contact",
      "content.section-empty",
      "content.government-part",
      "content.table-empty",
      "content.table-empty",
      "content.table-empty",
      "content.section-empty",
    ]);
  });
});
