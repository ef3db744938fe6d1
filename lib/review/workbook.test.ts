// The workbook read back without exceljs (test-support/xlsx-reader.ts: unzip + the sheet XML).
import { describe, expect, it } from "vitest";
import { tableLayout } from "../format/table-layout";
import type { Report } from "../report/types";
import { setPath } from "../values/object-path";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { gov2021 } from "../../templates/gov-2021";
import { readXlsx } from "../../test-support/xlsx-reader";
import { xmlPartErrors, xmlParts } from "../../test-support/xml-parts";
import { reviewBatch } from "./review-batch";
import type { ReviewEntry } from "./types";
import { buildWorkbook } from "./workbook";

const fixture = valid as unknown as Report;
const entry = (id: string, unit: string, report: Report | undefined, extra: Partial<ReviewEntry> = {}): ReviewEntry => ({
  id, fileName: id, size: 1, status: "pass", unit, unitKind: "township", year: 2024, format: "gov-2021", errors: 0, warnings: 0,
  figures: { received: 57, outcomeTotal: 57, carriedForward: 3, reconsiderationTotal: 4, litigationTotal: 3 }, issues: [], report, ...extra,
});

describe("buildWorkbook", async () => {
  const broken = setPath(fixture, "tables.appeals.review.total", 9);
  const issue = { rule: "appeals.group-total", severity: "error" as const, cells: ["tables.appeals.review.total"], message: "表四·行政复议：总计 = 9 …" };
  const batch = reviewBatch(
    [entry("甲.docx", "甲镇", fixture), entry("乙.docx", "乙镇", broken, { status: "errors", errors: 1, issues: [issue] }), entry("丙.docx", "", undefined, { status: "unreadable", error: "无法打开" })],
    { roster: ["甲镇", "乙镇", "丁镇"] },
  );
  const sheets = readXlsx(await buildWorkbook(batch));
  const sheet = (name: string) => sheets.find((s) => s.name === name)!;

  it("审核结果: a header and one row per report, in Chinese", () => {
    const rows = sheet("审核结果").rows;
    expect(rows.map((r) => [r[0], r[4]])).toEqual([["单位", "状态"], ["甲镇", "通过"], ["乙镇", "有错误"], ["", "无法读取"]]);
  });

  it("问题清单: 单位, 文件, 级别, 规则, 位置 in words, 说明; an unreadable file has its reason", () => {
    expect(sheet("问题清单").rows.slice(1)).toEqual([
      ["乙镇", "乙.docx", "错误", "appeals.group-total", "表四·行政复议·总计", issue.message],
      ["", "丙.docx", "错误", "", "", "无法打开"],
    ]);
  });

  it("汇总: every merged cell of the three tables' layout is merged in the sheet", () => {
    const spans = (["proactive", "requests", "appeals"] as const).flatMap((k) => tableLayout(gov2021.tables[k]).rows.flat().filter((c) => c.rowSpan > 1 || c.colSpan > 1));
    expect(sheet("汇总").merges).toHaveLength(spans.length);
    expect(sheet("汇总").rows.some((r) => r.includes("表四·行政复议：总计 = 13，结果维持+结果纠正+其他结果+尚未审结 = 8，相差 5"))).toBe(true);
  });

  it("未提交: the roster's missing unit", () => {
    expect(sheet("未提交").rows).toEqual([["类别", "单位", "文件", "说明"], ["未提交", "丁镇", ""]]);
  });
});

describe("every workbook part is well-formed XML, whatever the names held", () => {
  it("a unit name, a message and a path with U+FFFE, U+FFFF, controls and a bidi override: every part parses, the text kept", async () => {
    const hostile = "城关镇\uFFFE人民政府\uFFFF\u0001\u202E";
    const issue = { rule: "appeals.group-total", severity: "error" as const, cells: [], message: `来自文件的文字\u0008${hostile}` };
    const batch = reviewBatch(
      [entry(`乡镇/${hostile}.json`, hostile, fixture, { status: "errors", errors: 1, issues: [issue] }), entry("坏\u0007.docx", "", undefined, { status: "unreadable", error: `无法打开\uFFFE` })],
      { roster: [hostile, "丁镇\u200b"] },
    );
    const bytes = await buildWorkbook(batch);
    expect(xmlParts(bytes).length).toBeGreaterThanOrEqual(8);
    expect(xmlPartErrors(bytes)).toEqual([]);
    const [results, issues] = readXlsx(bytes);
    expect(results!.rows[1]![0]).toBe("城关镇人民政府");
    expect(issues!.rows.slice(1).map((r) => [r[1], r[5]])).toEqual([
      ["乡镇/城关镇人民政府.json", "来自文件的文字城关镇人民政府"],
      ["坏.docx", "无法打开"],
    ]);
  });
});
