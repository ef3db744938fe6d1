// The five real township reports (templates/gov-2021/fixtures/seeds/*.txt) against their hand
// transcriptions (*.json, typed from reading the texts): every cell, and the findings each seed shows.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cellDefs } from "../../format/cell-path";
import { validateReport } from "../../report/parse-report-json";
import type { Report } from "../../report/types";
import { getPath } from "../../values/object-path";
import { gov2021 } from "../../../templates/gov-2021";
import { checkImported } from "./check-imported";
import { importReport, type ImportResult } from "./import-report";

const dir = path.resolve(import.meta.dirname, "../../../templates/gov-2021/fixtures/seeds");
const SEEDS = ["000", "001", "002", "003", "004"] as const;
const text_ = (n: string) => readFileSync(path.join(dir, `${n}.txt`), "utf8");
const fixture = (n: string) => JSON.parse(readFileSync(path.join(dir, `${n}.json`), "utf8")) as Report;

function imported(n: string): Extract<ImportResult, { ok: true }> {
  const r = importReport({ text: text_(n) });
  if (!r.ok) throw new Error(r.error);
  return r;
}
const rules = (r: { findings: { rule: string }[] }) => r.findings.map((f) => f.rule);

describe("seed fixtures (hand transcriptions)", () => {
  it.each(SEEDS)("%s.json passes validateReport", (n) => {
    const v = validateReport(fixture(n));
    expect(v.ok ? "" : v.error).toBe("");
  });
});

describe("importing the five seeds", () => {
  it.each(SEEDS)("%s: every table cell matches the hand transcription", (n) => {
    const got = imported(n).report;
    const want = fixture(n);
    const diff = cellDefs(gov2021)
      .filter((d) => getPath(got, d.path) !== getPath(want, d.path))
      .map((d) => `${d.path}: ${JSON.stringify(getPath(got, d.path))} ≠ ${JSON.stringify(getPath(want, d.path))}`);
    expect(diff).toEqual([]);
  });

  it.each(SEEDS)("%s: unit, year and 成文日期 match", (n) => {
    const got = imported(n).report;
    const want = fixture(n);
    expect([got.unit.name, got.unit.kind, got.year, got.publishedOn]).toEqual([want.unit.name, want.unit.kind, want.year, want.publishedOn]);
  });

  it.each(SEEDS)("%s: prose lands in the same sections as transcribed", (n) => {
    const got = imported(n).report;
    const want = fixture(n);
    for (const [key, sec] of Object.entries(want.prose)) {
      const fields: [string, string, string][] = [[`${key}.text`, sec.text, got.prose[key]?.text ?? ""]];
      for (const [p, t] of Object.entries(sec.parts)) fields.push([`${key}.${p}`, t, got.prose[key]?.parts[p] ?? ""]);
      for (const [where, w, g] of fields) expect(g.includes(w.split("\n")[0]!.slice(0, 30)), `${where}: ${g.slice(0, 60)}`).toBe(true);
    }
  });

  it("000: 表二 missing, 表三 rows 一/二 lost, heading 三 missing — all reported, nothing guessed", () => {
    const r = imported("000");
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: "structure.missing-table", cells: ["tables.proactive"], severity: "error" }));
    expect(r.findings).toContainEqual(expect.objectContaining({ rule: "structure.missing-section", message: expect.stringContaining("三、收到和处理政府信息公开申请情况") }));
    expect(r.unread).toEqual([
      expect.stringMatching(/^表二：未找到表格（10 个单元格/),
      expect.stringMatching(/^表三·一、本年新收政府信息公开申请数量：未找到该行（7 个/),
      expect.stringMatching(/^表三·二、上年结转政府信息公开申请数量：未找到该行（7 个/),
    ]);
    expect(r.report.notes).toEqual(expect.arrayContaining(r.unread));
    // unread cells are named cell by cell, and not reported again as blanks
    const unread = r.findings.filter((f) => f.rule === "import.unread").flatMap((f) => f.cells);
    expect(unread).toHaveLength(14);
    expect(unread).toContain("tables.requests.received.natural");
    expect(unread).toContain("tables.requests.carriedOver.total");
    expect(checkImported(r).filter((i) => i.rule === "value.blank")).toEqual([]);
  });

  it("001: deviating heading numbering 「1、」「（3）」「5、」 → structure.heading", () => {
    const r = imported("001");
    const headings = r.findings.filter((f) => f.rule === "structure.heading");
    const said = headings.map((f) => f.message).join("\n");
    expect(said).toContain("“1、 总体情况”");
    expect(said).toContain("“（3） 政府信息管理情况”");
    expect(said).toContain("“5、 存在的主要问题及改进情况”");
    expect(headings.find((f) => f.message.includes("1、"))!.cells).toEqual(["prose.overview.text"]);
    expect(headings.find((f) => f.message.includes("（3）"))!.cells).toEqual(["prose.overview.parts.management"]);
    expect(rules(r)).not.toContain("structure.missing-section");
    expect(r.detected).toEqual({ format: "gov-2021", markers: expect.arrayContaining(["本年制发件数", "现行有效件数"]) });
  });

  it("002: complete report — no missing sections/tables, section 六 sub-items and the signature read", () => {
    const r = imported("002");
    expect(rules(r).filter((x) => x.startsWith("structure.missing"))).toEqual([]);
    expect(r.unread).toEqual([]);
    expect(r.report.prose.other!.parts.fee).toContain("2021年度未收取政府信息公开信息处理费");
    expect(r.report.infoFee.status).toBe("not-collected");
    expect(r.report.prose.other!.parts.statistics).toContain("统计期限自2021年1月1日至2021年12月31日");
    expect(r.report.prose.other!.parts.otherMatters).not.toContain("2022年1月24日");
    expect(rules(r)).not.toContain("text.stale-year"); // 「与2020年相比」「2020年问题整改情况」 are legitimate
    expect(rules(r)).not.toContain("text.number-mismatch"); // 「共收到依申请公开事项0件」 agrees with 表三
  });

  it("003: blank cells stay blank and are counted as 0 with a value.blank warning", () => {
    const r = imported("003");
    expect(getPath(r.report, "tables.requests.received.natural")).toBeNull();
    expect(getPath(r.report, "tables.requests.received.total")).toBe(0);
    const blank = checkImported(r).filter((i) => i.rule === "value.blank");
    expect(blank).toHaveLength(1);
    expect(blank[0]!.cells).toHaveLength(150);
    expect(blank[0]!.cells).toContain("tables.requests.outcomeTotal.natural");
    expect(blank[0]!.message).toContain("表三有 150 个空格");
  });

  it("004: obsolete 2019 format detected, markers named, what maps is mapped and the rest said", () => {
    const r = imported("004");
    expect(r.detected.format).toBe("gov-2019");
    expect(r.detected.markers).toEqual(expect.arrayContaining(["本年新制作数量", "上一年项目数量", "本年增/减", "第二十条第（九）项", "政府集中采购"]));
    expect(r.detected.markers.some((mk) => mk.includes("（六）其他处理"))).toBe(true);
    const obsolete = r.findings.find((f) => f.rule === "format.obsolete-2019")!;
    expect(obsolete.severity).toBe("error");
    expect(obsolete.message).toContain("本年新制作数量");
    const notes = r.report.notes!.join("\n");
    expect(notes).toContain("“3.其他”");
    expect(notes).toContain("政府集中采购·采购项目数量");
    expect(r.unread.some((u) => u.includes("2.申请人逾期未按收费通知要求缴纳费用"))).toBe(true);
    expect(checkImported(r).find((i) => i.rule === "format.obsolete-2019")?.severity).toBe("error");
    const unread = r.findings.filter((f) => f.rule === "import.unread").flatMap((f) => f.cells);
    expect(unread).toContain("tables.proactive.rules.issued");
    expect(unread).not.toContain("tables.proactive.licensing.decisions"); // mapped from 处理决定数量
    expect(unread).toContain("tables.requests.feeUnpaid.total");
    expect(checkImported(r).filter((i) => i.rule === "value.blank")).toEqual([]);
  });

  it("2021 seeds are not taken for the 2019 format", () => {
    for (const n of ["000", "001", "002", "003"]) expect(imported(n).detected.format).toBe("gov-2021");
  });

  it("2019 labels mentioned in the prose of a 2021 report do not make it a 2019 report", () => {
    const text = text_("002").replace("二是建设镇村级公开专区。", "二是做好政府集中采购和其他对外管理服务事项信息公开。");
    const r = importReport({ text });
    expect(r.ok && r.detected.format).toBe("gov-2021");
  });

  it("a title with the year first: 「2021年和庄镇政府信息公开工作年度报告」", () => {
    const r = importReport({ text: text_("000").replace("和庄镇 2021年政府信息公开工作年度报告", "2021年和庄镇政府信息公开工作年度报告") });
    expect(r.ok && [r.report.unit.name, r.report.year]).toEqual(["和庄镇", 2021]);
  });
});
