import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { gov2021 } from "../../templates/gov-2021";
import { emptyReport } from "../values/empty-report";
import { parseReportJson, validateReport } from "../report/parse-report-json";
import { JSON_SCHEMA_FILE, jsonSchemaText } from "../../scripts/write-json-schema";
import { buildReportSchema } from "./build-schema";

const schema = buildReportSchema(gov2021);

describe("the exchange format schema", () => {
  it("accepts the valid fixture and a new empty report", () => {
    expect(schema.safeParse(valid).success).toBe(true);
    expect(schema.safeParse(emptyReport(gov2021, { unitName: "某镇人民政府", year: 2024 })).success).toBe(true);
  });

  it("fills what a minimal document leaves out: missing cells are blank (null), prose empty", () => {
    const r = validateReport({ schemaVersion: 1, format: "gov-2021", unit: { name: "某镇", kind: "township" }, year: 2024, tables: {} });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.report.tables.requests).toMatchObject({ granted: { natural: null, total: null } });
    expect(r.report.prose.overview?.parts.oversight).toBe("");
    expect(r.report.infoFee).toEqual({ status: "unknown", amountYuan: null });
  });

  it("keeps raw text in cells so nothing typed is lost", () => {
    const doc = structuredClone(valid) as Record<string, any>;
    doc.tables.requests.granted.natural = "１２";
    const r = validateReport(doc);
    expect(r.ok && r.report.tables.requests.granted).toMatchObject({ natural: "１２" });
  });

  it.each([
    [{ ...valid, tables: { ...valid.tables, requests: { ...valid.tables.requests, granted: { natural: 1, bogus: 2 } } } }, "表三·（一）予以公开：有无法识别的字段 “bogus”"],
    [{ ...valid, unit: { name: "x", kind: "martian" } }, "单位类型：取值不在允许的范围内"],
    [{ ...valid, year: 1999 }, "报告年度：数值过小（最小 2008）"],
    [{ ...valid, publishedOn: "2024/01/20" }, "成文日期：日期应写成“2025-01-20”的形式"],
    [{ ...valid, tables: { ...valid.tables, appeals: { review: { upheld: { nested: 1 } } } } }, "表四·行政复议·结果维持："],
  ])("rejects foreign content with a Chinese message naming where (%#)", (doc, where) => {
    const r = validateReport(doc);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error).toContain("数据不符合年报数据格式");
      expect(r.error).toContain(where);
      expect(r.error.replace(/“[^”]*”/g, "")).not.toMatch(/[a-z]{4,}/); // no English from the library, no internal paths
    }
  });

  it.each([
    ["not json", "不是有效的 JSON 文件"],
    ["[1,2]", "应为一个 JSON 对象"],
    ['{"a":1}', "缺少 schemaVersion"],
    ['{"schemaVersion":99}', "比本程序支持的版本 1 新"],
  ])("explains unreadable input %j", (text, says) => {
    const r = parseReportJson(text);
    expect(r).toEqual({ ok: false, error: expect.stringContaining(says) });
  });

  it("reads a file saved with a UTF-8 BOM", () => {
    expect(parseReportJson("\uFEFF" + JSON.stringify(valid)).ok).toBe(true);
  });
});

describe("the committed JSON Schema", () => {
  it("is what the zod schema generates (run npm run schema:json after changing the format)", () => {
    expect(readFileSync(JSON_SCHEMA_FILE, "utf8")).toBe(jsonSchemaText());
  });

  it("describes every table cell", () => {
    const json = JSON.parse(jsonSchemaText());
    const requests = json.properties.tables.properties.requests;
    expect(Object.keys(requests.properties)).toHaveLength(25);
    expect(Object.keys(requests.properties.granted.properties)).toEqual([
      "natural", "business", "research", "nonprofit", "legal", "otherOrg", "total",
    ]);
  });
});
