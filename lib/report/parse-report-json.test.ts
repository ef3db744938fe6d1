import { describe, expect, it } from "vitest";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { jsonDepthWithin, parseJsonBounded, parseReportJson } from "./parse-report-json";

describe("JSON within budgets (issue 15)", () => {
  it("measures nesting outside strings, escaped quotes included", () => {
    expect(jsonDepthWithin('[[{"a":[1]}]]', 4)).toBe(true);
    expect(jsonDepthWithin('[[{"a":[1]}]]', 3)).toBe(false);
    expect(jsonDepthWithin('{"a":"[[[[[[\\"[[[["}', 1)).toBe(true);
  });

  it("refuses deep or large documents before parsing them, in Chinese", () => {
    const deep = parseJsonBounded("[".repeat(100_000) + "]".repeat(100_000));
    expect(deep.ok ? "" : deep.error).toMatch(/嵌套过深/);
    const large = parseJsonBounded(JSON.stringify({ preamble: "x".repeat(5 * 1024 * 1024) }));
    expect(large.ok ? "" : large.error).toMatch(/过大/);
  });

  it("reads the exchange format as before", () => {
    expect(parseReportJson(JSON.stringify(valid)).ok).toBe(true);
    const broken = parseReportJson("{oops");
    expect(broken.ok ? "" : broken.error).toMatch(/不是有效的 JSON 文件/);
  });
});

describe("text hygiene where a data file enters (issue #23)", () => {
  it("every string of the report comes out clean: no noncharacters, bidi overrides, zero-width or controls; NFC", () => {
    const doc = structuredClone(valid) as Omit<typeof valid, "lastYear"> & { lastYear?: unknown; notes?: string[] };
    doc.unit.name = "\u202e城关镇\u200b人民政府\ufffe";
    doc.contact.phone = "0000-\u00071234567\uffff";
    doc.prose.overview.text = "第一段\u2066。\r\n第二段\u200d，cafe\u0301。";
    (doc.tables.requests.granted as Record<string, unknown>).natural = "1\u200b2";
    doc.lastYear = { year: 2023, tables: { requests: { received: { natural: "\u202d7" } } }, prose: { overview: { text: "去年\u202e", parts: {} } } };
    doc.notes = ["来源\u0000说明"];
    const r = parseReportJson(JSON.stringify(doc));
    if (!r.ok) throw new Error(r.error);
    expect(r.report.unit.name).toBe("城关镇人民政府");
    expect(r.report.contact.phone).toBe("0000-1234567");
    expect(r.report.prose.overview!.text).toBe("第一段。\n第二段，caf\u00e9。");
    expect((r.report.tables.requests.granted as Record<string, unknown>).natural).toBe("12");
    expect((r.report.lastYear!.tables.requests!.received as Record<string, unknown>).natural).toBe("7");
    expect(r.report.lastYear!.prose!.overview!.text).toBe("去年");
    expect(r.report.notes).toEqual(["来源说明"]);
    expect(JSON.stringify(r.report)).not.toMatch(/[\u0000-\u0008\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufffe\uffff]/);
  });
});
