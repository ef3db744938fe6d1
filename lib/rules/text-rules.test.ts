// text.number-mismatch and text.stale-year: prose that contradicts the tables or the report year.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../report/types";
import { gov2021 } from "../../templates/gov-2021";
import { importReport } from "../import/import-report";
import { setPath } from "../values/object-path";
import { textIssues } from "./text-rules";

const textFindings = (r: Report) => textIssues(r, gov2021);

const seeds = path.resolve(import.meta.dirname, "../../templates/gov-2021/fixtures/seeds");
const seedText = (n: string) => readFileSync(path.join(seeds, `${n}.txt`), "utf8");
const seedJson = (n: string) => JSON.parse(readFileSync(path.join(seeds, `${n}.json`), "utf8")) as Report;
const rulesOf = (issues: { rule: string }[]) => issues.map((i) => i.rule);

function findingsOfText(text: string) {
  const r = importReport({ text });
  if (!r.ok) throw new Error(r.error);
  return textFindings(r.report);
}

describe("text.number-mismatch", () => {
  it("「收到申请2件」 with 3 in 表三 一、本年新收 总计", () => {
    let r = seedJson("002");
    r = setPath(r, "tables.requests.received.total", 3);
    r = setPath(r, "prose.overview.parts.requests", "2021年，本机关共收到申请2件，均已按期答复。");
    const hit = textFindings(r).filter((i) => i.rule === "text.number-mismatch");
    expect(hit).toHaveLength(1);
    expect(hit[0]!.severity).toBe("warning");
    expect(hit[0]!.cells).toEqual(["prose.overview.parts.requests", "tables.requests.received.total"]);
    expect(hit[0]!.message).toContain("收到申请2件");
    expect(hit[0]!.message).toContain("为 3");
  });

  it("行政复议 in the prose against 表四's 行政复议 总计 (seed 002 text edited)", () => {
    const text = seedText("002").replace("行政复议事项0件", "行政复议事项1件");
    const hit = findingsOfText(text).filter((i) => i.rule === "text.number-mismatch");
    expect(hit.map((h) => h.cells)).toEqual([["prose.overview.parts.requests", "tables.appeals.review.total"]]);
  });

  it("a count that includes 上年结转 is not flagged", () => {
    let r = seedJson("002");
    r = setPath(r, "tables.requests.received.total", 8);
    r = setPath(r, "tables.requests.carriedOver.total", 2);
    r = setPath(r, "prose.overview.parts.requests", "共受理政府信息公开申请10件（含上年结转2件）。");
    expect(rulesOf(textFindings(r))).not.toContain("text.number-mismatch");
  });

  it("「未收到政府信息公开申请」 while 表三 counts new requests", () => {
    let r = seedJson("000");
    r = setPath(r, "tables.requests.received.total", 4);
    expect(rulesOf(textFindings(r))).toContain("text.number-mismatch");
  });

  it("agreeing prose is not flagged (seeds 000–004 as published)", () => {
    for (const n of ["000", "001", "002", "003", "004"]) expect(rulesOf(findingsOfText(seedText(n)))).not.toContain("text.number-mismatch");
  });
});

describe("text.stale-year", () => {
  it("a 2022 report saying 「2021年度未收取」", () => {
    const text = seedText("003").replace(/六、其他需要报告的事项\s*\n\s*无/, "六、其他需要报告的事项\n2021年度未收取信息处理费。");
    const hit = findingsOfText(text).filter((i) => i.rule === "text.stale-year");
    expect(hit).toHaveLength(1);
    expect(hit[0]!.severity).toBe("warning");
    expect(hit[0]!.cells).toEqual(["prose.other.text"]);
    expect(hit[0]!.message).toContain("2021年度未收取");
  });

  it("last year's statistics period left in the preamble", () => {
    const text = seedText("001").replace("港口乡2021年政府信息公开工作年度报告", "港口乡2022年政府信息公开工作年度报告");
    const hit = findingsOfText(text).filter((i) => i.rule === "text.stale-year");
    expect(hit.map((h) => h.cells[0])).toContain("preamble");
    expect(hit[0]!.message).toContain("2021年1月1日起至2021年12月31日");
  });

  it("legitimate mentions of other years do not fire: 「与2020年相比」, 「2020年问题整改情况」, 成文日期 next January", () => {
    for (const n of ["000", "001", "002", "003", "004"]) expect(rulesOf(findingsOfText(seedText(n)))).not.toContain("text.stale-year");
    const r = setPath(seedJson("002"), "prose.problems.text", "与2020年相比，2021年发布信息多61条。本报告成文于2022年1月24日。");
    expect(rulesOf(textFindings(r))).not.toContain("text.stale-year");
  });
});

describe("信息处理费 read from section 六", () => {
  const fee = (sentence: string) => {
    const r = importReport({ text: seedText("003").replace(/六、其他需要报告的事项\s*\n\s*无/, `六、其他需要报告的事项\n${sentence}`) });
    return r.ok ? r.report.infoFee : null;
  };
  it("amount, not collected, or unknown", () => {
    expect(fee("2022年共收取信息处理费400元。")).toEqual({ status: "collected", amountYuan: 400 });
    expect(fee("2022年度未收取信息处理费，减免费用50元。")).toEqual({ status: "not-collected", amountYuan: null });
    expect(fee("无")).toEqual({ status: "unknown", amountYuan: null });
  });
});
