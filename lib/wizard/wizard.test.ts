import { describe, expect, it } from "vitest";
import { gov2021 } from "../../templates/gov-2021";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { validateReport } from "../report/parse-report-json";
import { emptyReport } from "../values/empty-report";
import { getPath, setPath } from "../values/object-path";
import { withTotals } from "../grid/totals";
import { evaluate } from "../rules/evaluate";
import type { Report } from "../report/types";
import { cellMessages } from "./issue-store";
import { fromFormValues, textToCell, toFormValues } from "./form-values";
import { stepStatuses } from "./step-status";
import { stepOfPath, wizardSteps } from "./steps";

const checkReport = (r: Report, format: typeof gov2021) => evaluate(r, { format });

const fixture = (() => {
  const r = validateReport(valid);
  if (!r.ok) throw new Error(r.error);
  return r.report;
})();

describe("steps", () => {
  it("lists 基本信息, the six sections and 检查与预览", () => {
    expect(wizardSteps(gov2021).map((s) => s.label)).toEqual([
      "基本信息",
      "一、总体情况",
      "二、主动公开政府信息情况",
      "三、收到和处理政府信息公开申请情况",
      "四、政府信息公开行政复议、行政诉讼情况",
      "五、存在的主要问题及改进情况",
      "六、其他需要报告的事项",
      "检查与预览",
    ]);
  });
  it("finds the step holding a field", () => {
    expect(stepOfPath(gov2021, "tables.requests.granted.natural")).toBe("requests");
    expect(stepOfPath(gov2021, "lastYear.tables.requests.carriedForward.natural")).toBe("requests");
    expect(stepOfPath(gov2021, "prose.other.parts.fee")).toBe("other");
    expect(stepOfPath(gov2021, "infoFee.amountYuan")).toBe("other");
    expect(stepOfPath(gov2021, "unit.name")).toBe("basics");
  });
});

describe("form values", () => {
  it("keeps typed text, reads numbers, blanks become null", () => {
    expect(textToCell("12")).toBe(12);
    expect(textToCell("１２")).toBe("１２");
    expect(textToCell(" ")).toBeNull();
    expect(textToCell("3件x")).toBe("3件x");
    expect(textToCell("x".repeat(500))).toHaveLength(200); // a longer text would make the draft unreadable
  });
  it("round-trips the fixture through the form", () => {
    const back = fromFormValues(toFormValues(fixture, gov2021), gov2021);
    expect(back).toEqual(fixture);
    expect(validateReport(back).ok).toBe(true);
  });
  it("computes totals from what is typed", () => {
    let v = toFormValues(emptyReport(gov2021), gov2021);
    v = setPath(v, "tables.requests.granted.natural", "4");
    v = setPath(v, "tables.requests.granted.business", "１");
    const r = fromFormValues(v, gov2021);
    expect(getPath(r, "tables.requests.granted.total")).toBe(5);
  });
});

describe("checks and statuses", () => {
  it("the fixture has no errors", () => {
    expect(checkReport(fixture, gov2021).filter((i) => i.severity === "error")).toEqual([]);
  });
  it("a blank report: unit name, 信息处理费 and the government part are errors, statuses 未开始", () => {
    const r = emptyReport(gov2021, { unitKind: "township" });
    const issues = checkReport(r, gov2021);
    expect(issues[0]!.cells).toEqual(["unit.name"]);
    expect(issues.some((i) => i.cells[0] === "prose.overview.parts.assessment" && i.severity === "error")).toBe(true);
    expect(issues.some((i) => i.rule === "fee.status" && i.severity === "error")).toBe(true);
    const s = stepStatuses(gov2021, r, issues, new Set());
    expect(s.basics).toBe("未开始");
    expect(s.requests).toBe("未开始");
    expect(stepStatuses(gov2021, r, issues, new Set(["basics"])).basics).toBe("有问题");
    expect(s.review).toBe("未开始");
  });
  it("信息处理费: unknown is an error, a collected fee needs a readable amount in 元", () => {
    const fee = (infoFee: object) =>
      checkReport({ ...fixture, infoFee } as typeof fixture, gov2021).filter((i) => i.rule.startsWith("fee."));
    expect(fee({ status: "unknown", amountYuan: null }).map((i) => i.message)).toEqual([
      "六、其他需要报告的事项：请说明本年度是否收取信息处理费（“未收取”或收取的金额）",
    ]);
    expect(fee({ status: "collected", amountYuan: null })[0]).toMatchObject({
      severity: "error",
      cells: ["infoFee.amountYuan"],
      message: "六、其他需要报告的事项：已收取信息处理费，请填写金额（元）",
    });
    expect(fee({ status: "collected", amountYuan: "四百" })[0]!.message).toBe(
      "六、其他需要报告的事项：信息处理费金额“四百”不是有效的金额，请填写阿拉伯数字（元）",
    );
    expect(fee({ status: "collected", amountYuan: "400" })).toEqual([]);
    expect(fee({ status: "not-collected", amountYuan: null })).toEqual([]);
  });
  it("a department does not see or owe the government-only part", () => {
    const r = emptyReport(gov2021, { unitKind: "county-department" });
    expect(checkReport(r, gov2021).some((i) => i.cells[0] === "prose.overview.parts.assessment")).toBe(false);
  });
  it("marks a step with a cell error 有问题, a partly filled table 进行中, a full one 已完成", () => {
    let r = setPath(fixture, "tables.requests.granted.natural", "abc");
    r = withTotals(setPath(r, "tables.appeals.review.upheld", null), gov2021);
    const issues = checkReport(r, gov2021);
    const s = stepStatuses(gov2021, r, issues, new Set());
    expect(s.requests).toBe("有问题");
    expect(s.appeals).toBe("进行中");
    expect(s.proactive).toBe("已完成");
    expect(cellMessages(issues).get("tables.requests.granted.natural")).toMatch(/不是数字/);
  });
});

describe("a step still holding last year's text", () => {
  it("is never 已完成 while its paragraph is an error not shown yet, and 有问题 once it is shown", () => {
    const lastYear = { year: fixture.year - 1, tables: {}, prose: structuredClone(fixture.prose) };
    const r: Report = { ...fixture, lastYear };
    const issues = checkReport(r, gov2021);
    const carried = issues.filter((i) => i.rule === "text.carried-over" && stepOfPath(gov2021, i.cells[0]!) === "overview");
    expect(carried.length).toBeGreaterThan(0);
    const shownNone = stepStatuses(gov2021, r, [], new Set(["overview"]), issues);
    expect(shownNone.overview).toBe("进行中");
    expect(stepStatuses(gov2021, r, issues, new Set(["overview"]), issues).overview).toBe("有问题");
    // The same text with no last year to compare: nothing stands in the way of 已完成.
    expect(stepStatuses(gov2021, fixture, [], new Set(["overview"]), checkReport(fixture, gov2021)).overview).toBe("已完成");
  });
});

describe("issues on computed totals", () => {
  it("a bad typed value is reported once, on the typed cell; blanks are counted on typed cells only", () => {
    let v = toFormValues(emptyReport(gov2021, { unitName: "某镇" }), gov2021);
    v = setPath(v, "tables.requests.granted.legal", "3.5");
    const issues = checkReport(fromFormValues(v, gov2021), gov2021);
    const bad = issues.filter((i) => i.rule === "value.not-integer");
    expect(bad.map((i) => i.cells)).toEqual([["tables.requests.granted.legal"]]);
    const blank = issues.find((i) => i.rule === "value.blank" && i.message.startsWith("表三"))!;
    expect(blank.cells).toHaveLength(24 * 6 - 1);
    expect(blank.message).toBe(`表三有 ${24 * 6 - 1} 个空格未填写，已按 0 计算；如确为 0，请填写 0`);
  });
});
