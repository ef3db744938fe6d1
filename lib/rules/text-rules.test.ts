// text.number-mismatch and text.stale-year: prose that contradicts the tables or the report year.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Report } from "../report/types";
import { gov2021 } from "../../templates/gov-2021";
import { importReport } from "../import/build/import-report";
import { startFromLastYear } from "../import/build/start-from-last-year";
import { UPDATE_MARK } from "../report/update-mark";
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

describe("text.carried-over and text.repeated: last year's text is not this year's report", () => {
  const lastYear = seedJson("002");
  const next = () => startFromLastYear(lastYear);
  const carried = (r: Report) => textFindings(r).filter((i) => i.rule === "text.carried-over");

  it("every paragraph started from last year's report is an error naming it until it is rewritten", () => {
    const issues = carried(next());
    expect(issues.length).toBeGreaterThan(5);
    expect(issues.every((i) => i.severity === "error")).toBe(true);
    expect(issues.find((i) => i.cells[0] === "prose.problems.text")!.message).toBe(
      `五、存在的主要问题及改进情况：这段文字沿用了上年报告，尚未修改；请按本年度情况改写，并删去开头的“${UPDATE_MARK}”`,
    );
    expect(issues.find((i) => i.cells[0] === "preamble")!.message).toContain("开头段落：");
  });

  it("deleting the mark but leaving last year's words is still an error", () => {
    const r = next();
    const text = r.prose.problems!.text.replace(UPDATE_MARK, "");
    const issues = carried(setPath(r, "prose.problems.text", text)).filter((i) => i.cells[0] === "prose.problems.text");
    expect(issues.map((i) => i.message)).toEqual(["五、存在的主要问题及改进情况：这段文字与 2021 年度报告完全相同，请按本年度情况改写"]);
  });

  it("a rewritten paragraph is no longer flagged", () => {
    const r = setPath(next(), "prose.problems.text", "2022年，本镇政务公开存在信息更新不够及时的问题，下一步将建立周更新制度。");
    expect(carried(r).some((i) => i.cells[0] === "prose.problems.text")).toBe(false);
  });

  it("prose mostly repeated from last year gets one warning with the share, the most repeated fields first", () => {
    let r = next();
    for (const [key, s] of Object.entries(r.prose)) {
      r = setPath(r, `prose.${key}.text`, s.text.replace(UPDATE_MARK, "").replace(/2021/g, "2022"));
      for (const [part, t] of Object.entries(s.parts)) r = setPath(r, `prose.${key}.parts.${part}`, t.replace(UPDATE_MARK, "").replace(/2021/g, "2022"));
    }
    const rep = textFindings(r).filter((i) => i.rule === "text.repeated");
    expect(rep).toHaveLength(1);
    expect(rep[0]!.severity).toBe("warning");
    expect(rep[0]!.message).toMatch(/^正文有 (9\d|100)% 的文字与上年报告相同或几乎相同（五、存在的主要问题及改进情况、/);
    // Rewritten, the share drops below a half and the warning goes.
    const fresh = "本年度我镇围绕重点领域信息公开新建了专栏，公开财政资金直达、乡村振兴项目等信息，并首次开展了群众满意度调查。";
    let rewritten = r;
    for (const [key, s] of Object.entries(r.prose)) {
      rewritten = setPath(rewritten, `prose.${key}.text`, s.text ? fresh + key : "");
      for (const part of Object.keys(s.parts)) rewritten = setPath(rewritten, `prose.${key}.parts.${part}`, `${fresh}${part}。`);
    }
    expect(textFindings(rewritten).filter((i) => i.rule === "text.repeated")).toEqual([]);
  });

  it("is silent without last year's text", () => {
    expect(textFindings(seedJson("002")).filter((i) => i.rule === "text.carried-over" || i.rule === "text.repeated")).toEqual([]);
  });
});
