// Every table rule has a fixture that breaks it and asserts the exact issue(s) the whole engine produces.
// Fixture: templates/gov-2021/fixtures/valid-report.json (a township, non-zero numbers, all rules hold).
// 表三 fixture columns: 一 received [46,7,1,1,1,1 | 57], 二 carriedOver [2,1,0,0,0,0 | 3],
// （七）总计 [45,8,1,1,1,1 | 57], 四 carriedForward [3,0,0,0,0,0 | 3]; （一）予以公开 [12,3,0,1,0,0 | 16].
import { describe, expect, it } from "vitest";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { setPath } from "../values/object-path";
import { gov2021 } from "../../templates/gov-2021";
import { evaluate } from "./evaluate";
import { tableIssues } from "./table-rules";

type Doc = typeof valid;
const R = "tables.requests";
const applicants = ["natural", "business", "research", "nonprofit", "legal", "otherOrg"];
const outcomeRows = [
  "granted", "partlyGranted", "stateSecret", "lawProhibited", "threeSecurity", "thirdParty", "internalAffairs",
  "processInfo", "enforcementFiles", "inquiryMatters", "notHeld", "needsCreation", "stillUnclear", "petition",
  "repeated", "publications", "excessive", "confirmation", "noCorrection", "feeUnpaid", "otherReason",
];

function withChanges(changes: Record<string, unknown>, base: unknown = valid): Doc {
  return Object.entries(changes).reduce((doc, [p, v]) => setPath(doc, p, v), base as Doc);
}

describe("a realistic valid report", () => {
  it("produces no issues", () => {
    expect(evaluate(valid)).toEqual([]);
  });

  it("still produces none when every number is typed as full-width text", () => {
    const toFullWidth = (n: number) => String(n).replace(/[0-9.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
    const convert = (node: unknown): unknown =>
      typeof node === "number" ? toFullWidth(node) : node && typeof node === "object"
        ? Object.fromEntries(Object.entries(node).map(([k, v]) => [k, convert(v)])) : node;
    expect(evaluate({ ...valid, tables: convert(valid.tables) })).toEqual([]);
  });
});

describe("errors", () => {
  it("requests.balance: 一+二 ≠ （七）总计+四, per column, both sides and the difference", () => {
    // Without last year's figures, so that only the balance speaks (the prose quotes 一, not 二).
    const { lastYear: _lastYear, ...doc } = withChanges({ [`${R}.carriedOver.natural`]: 3, [`${R}.carriedOver.total`]: 4 });
    expect(evaluate(doc)).toEqual([
      {
        rule: "requests.balance",
        severity: "error",
        cells: [`${R}.received.natural`, `${R}.carriedOver.natural`, `${R}.outcomeTotal.natural`, `${R}.carriedForward.natural`],
        message: "表三·自然人列：一+二 = 49，（七）总计+四 = 48，相差 1",
      },
      {
        rule: "requests.balance",
        severity: "error",
        cells: [`${R}.received.total`, `${R}.carriedOver.total`, `${R}.outcomeTotal.total`, `${R}.carriedForward.total`],
        message: "表三·总计列：一+二 = 61，（七）总计+四 = 60，相差 1",
      },
    ]);
  });

  it("requests.outcome-total: （七）总计 ≠ the 21 result rows, per column", () => {
    const doc = withChanges({ [`${R}.granted.natural`]: 13, [`${R}.granted.total`]: 17 });
    expect(evaluate(doc)).toEqual([
      {
        rule: "requests.outcome-total",
        severity: "error",
        cells: [`${R}.outcomeTotal.natural`, ...outcomeRows.map((r) => `${R}.${r}.natural`)],
        message: "表三·自然人列：（七）总计 = 45，（一）至（六）各项之和 = 46，相差 1",
      },
      {
        rule: "requests.outcome-total",
        severity: "error",
        cells: [`${R}.outcomeTotal.total`, ...outcomeRows.map((r) => `${R}.${r}.total`)],
        message: "表三·总计列：（七）总计 = 57，（一）至（六）各项之和 = 58，相差 1",
      },
    ]);
  });

  it("requests.row-total: 总计 ≠ the six applicant columns, per row", () => {
    const issues = evaluate(withChanges({ [`${R}.granted.total`]: 17 }));
    expect(issues.map((i) => i.rule)).toEqual(["requests.outcome-total", "requests.row-total"]);
    expect(issues[1]).toEqual({
      rule: "requests.row-total",
      severity: "error",
      cells: [`${R}.granted.total`, ...applicants.map((c) => `${R}.granted.${c}`)],
      message: "表三·（一）予以公开行：总计 = 17，六类申请人之和 = 16，相差 1",
    });
  });

  it("appeals.group-total: 总计 ≠ 维持+纠正+其他+尚未审结, per group", () => {
    expect(evaluate(withChanges({ "tables.appeals.afterReview.total": 2 }))).toEqual([
      {
        rule: "appeals.group-total",
        severity: "error",
        cells: ["total", "upheld", "corrected", "otherResult", "pending"].map((c) => `tables.appeals.afterReview.${c}`),
        message: "表四·行政诉讼·复议后起诉：总计 = 2，结果维持+结果纠正+其他结果+尚未审结 = 1，相差 1",
      },
    ]);
    expect(evaluate(withChanges({ "tables.appeals.review.total": 5 }))[0]?.message).toBe(
      "表四·行政复议：总计 = 5，结果维持+结果纠正+其他结果+尚未审结 = 4，相差 1",
    );
  });

  it("value.not-integer: a fraction in a count", () => {
    expect(evaluate(withChanges({ "tables.proactive.licensing.decisions": "1.5" }))).toEqual([
      {
        rule: "value.not-integer",
        severity: "error",
        cells: ["tables.proactive.licensing.decisions"],
        message: "表二·行政许可·本年处理决定数量：件数应为整数（现为 1.5）",
      },
    ]);
  });

  it("value.negative: a negative count", () => {
    expect(evaluate(withChanges({ "tables.proactive.penalty.decisions": -2 }))).toEqual([
      {
        rule: "value.negative",
        severity: "error",
        cells: ["tables.proactive.penalty.decisions"],
        message: "表二·行政处罚·本年处理决定数量：不能为负数（现为 -2）",
      },
    ]);
  });

  it("value.unparseable: letters, keeping what was typed, and no follow-on arithmetic errors", () => {
    expect(evaluate(withChanges({ "tables.proactive.enforcement.decisions": "两件" }))).toEqual([
      {
        rule: "value.unparseable",
        severity: "error",
        cells: ["tables.proactive.enforcement.decisions"],
        message: "表二·行政强制·本年处理决定数量：“两件”不是数字，请填写阿拉伯数字（没有的填 0）",
      },
    ]);
    const inTable3 = evaluate(withChanges({ [`${R}.granted.natural`]: "十二" }));
    expect(inTable3.map((i) => i.rule)).toEqual(["value.unparseable"]);
  });

  it("value.unparseable: a number too large to be real", () => {
    const issues = evaluate(withChanges({ "tables.appeals.review.upheld": "123456789012345678" }));
    expect(issues[0]).toMatchObject({ rule: "value.unparseable", message: "表四·行政复议·结果维持：“123456789012345678”数字过大，请核对" });
  });

  it("value.too-many-decimals: more than 4 decimals of 万元", () => {
    expect(evaluate(withChanges({ "tables.proactive.fees.amount": 1.23456 }))).toEqual([
      {
        rule: "value.too-many-decimals",
        severity: "error",
        cells: ["tables.proactive.fees.amount"],
        message: "表二·行政事业性收费·本年收费金额：金额以万元为单位，最多保留 4 位小数（现为 1.23456）",
      },
    ]);
    expect(evaluate(withChanges({ "tables.proactive.fees.amount": "1.2345" }))).toEqual([]);
  });
});

describe("warnings", () => {
  it("value.blank: blanks counted as 0, once per table", () => {
    const doc = withChanges({
      "tables.proactive.rules.issued": null,
      "tables.proactive.rules.repealed": "",
      [`${R}.stateSecret.legal`]: "/",
    });
    expect(evaluate(doc)).toEqual([
      {
        rule: "value.blank",
        severity: "warning",
        cells: ["tables.proactive.rules.issued", "tables.proactive.rules.repealed"],
        message: "表二有 2 个空格未填写，已按 0 计算；如确为 0，请填写 0",
      },
      {
        rule: "value.blank",
        severity: "warning",
        cells: [`${R}.stateSecret.legal`],
        message: "表三有 1 个空格未填写，已按 0 计算；如确为 0，请填写 0",
      },
    ]);
  });

  it("proactive.in-force-bound: 现行有效件数 < 本年制发件数 − 本年废止件数", () => {
    expect(evaluate(withChanges({ "tables.proactive.normativeDocs.inForce": 1 }))).toEqual([
      {
        rule: "proactive.in-force-bound",
        severity: "warning",
        cells: ["inForce", "issued", "repealed"].map((c) => `tables.proactive.normativeDocs.${c}`),
        message: "表二·行政规范性文件：现行有效件数 1 小于 本年制发件数 3 − 本年废止件数 1 = 2，请核对",
      },
    ]);
  });

  it("proactive.rules-not-allowed: 规章 reported by a township", () => {
    const doc = withChanges({ "tables.proactive.rules.issued": 2, "tables.proactive.rules.inForce": 2 });
    expect(evaluate(doc)).toEqual([
      {
        rule: "proactive.rules-not-allowed",
        severity: "warning",
        cells: ["tables.proactive.rules.issued", "tables.proactive.rules.inForce"],
        message:
          "表二·规章：乡镇人民政府无权制定规章，规章一行通常应为 0（现填 本年制发件数 2，现行有效件数 2）；本单位制发的文件请填在“行政规范性文件”一行",
      },
    ]);
    for (const kind of ["subdistrict", "county-government", "county-department"]) {
      expect(evaluate({ ...doc, unit: { ...doc.unit, kind } }).map((i) => i.rule)).toEqual(["proactive.rules-not-allowed"]);
    }
    expect(evaluate({ ...doc, unit: { ...doc.unit, kind: "city-government" } })).toEqual([]);
  });

  it("proactive.fee-unit: an amount that looks like 元 typed as 万元", () => {
    const doc = withChanges({ "tables.proactive.fees.amount": 5000 });
    expect(evaluate(doc)).toEqual([
      {
        rule: "proactive.fee-unit",
        severity: "warning",
        cells: ["tables.proactive.fees.amount"],
        message: "表二·行政事业性收费：本年收费金额 5000 万元（即 50000000 元），超过 1000 万元，请确认是否把“元”误填为“万元”",
      },
    ]);
    expect(evaluate({ ...doc, unit: { ...doc.unit, kind: "county-government" } })).toEqual([]);
  });

  it("crossyear.carry-over: 上年结转 ≠ last year's 结转下年度继续办理", () => {
    const doc = withChanges({ "lastYear.tables.requests.carriedForward.natural": 3 });
    expect(evaluate(doc)).toEqual([
      {
        rule: "crossyear.carry-over",
        severity: "warning",
        cells: [`${R}.carriedOver.natural`, "lastYear.tables.requests.carriedForward.natural"],
        message: "表三·自然人列：二、上年结转 = 2，上年报告 四、结转下年度继续办理 = 3，相差 1",
      },
    ]);
  });

  it("crossyear.unreadable: last year's figure is there but not a number", () => {
    expect(evaluate(withChanges({ "lastYear.tables.requests.carriedForward.natural": "abc" }))).toEqual([
      {
        rule: "crossyear.unreadable",
        severity: "warning",
        cells: ["lastYear.tables.requests.carriedForward.natural", `${R}.carriedOver.natural`],
        message: "表三·自然人列：上年报告 四、结转下年度继续办理“abc”不是数字，无法核对本年的 二、上年结转，请核对上年数据",
      },
    ]);
  });

  it("crossyear.carry-over is silent without last year's data, or for columns last year left blank", () => {
    const { lastYear: _drop, ...noLastYear } = withChanges({ [`${R}.carriedOver.natural`]: 2 });
    expect(evaluate(noLastYear)).toEqual([]);
    expect(evaluate(withChanges({ "lastYear.tables.requests.carriedForward.natural": null }))).toEqual([]);
  });
});

describe("ordering and robustness", () => {
  it("lists errors before warnings", () => {
    const doc = withChanges({ "tables.proactive.fees.amount": 5000, "tables.appeals.review.total": 9 });
    expect(evaluate(doc).map((i) => i.severity)).toEqual(["error", "warning"]);
  });

  it("reads a report with no tables at all as all blank, without throwing", () => {
    const issues = tableIssues({}, gov2021);
    expect(issues.map((i) => i.rule)).toEqual(["value.blank", "value.blank", "value.blank"]);
    expect(issues.map((i) => i.cells.length)).toEqual([10, 175, 15]);
  });
});
