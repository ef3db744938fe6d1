import { describe, expect, it } from "vitest";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { validateReport } from "./parse-report-json";
import { salvageReport } from "./salvage-report";

const fixture = () => structuredClone(valid) as unknown as Record<string, unknown> & typeof valid;

describe("salvageReport", () => {
  it("keeps every readable field of a draft with one field of the wrong type, and names the one it dropped", () => {
    const doc = fixture();
    (doc as Record<string, unknown>).year = "二〇二四";
    (doc.tables.requests.granted as Record<string, unknown>).natural = { x: 1 };
    expect(validateReport(doc).ok).toBe(false);
    const s = salvageReport(doc);
    expect(validateReport(s.report).ok).toBe(true);
    expect(s.dropped.sort()).toEqual(["报告年度", "表三·（一）予以公开·自然人"].sort());
    expect(s.report.unit.name).toBe(valid.unit.name);
    expect(s.report.prose).toEqual(valid.prose);
    expect(s.report.tables.requests.received).toEqual(valid.tables.requests.received);
    expect((s.report.tables.requests.granted as Record<string, unknown>).natural).toBeNull();
  });

  it("drops an unknown field and names it by its key", () => {
    const doc = fixture() as Record<string, unknown>;
    doc.signature = "某某";
    (doc.unit as Record<string, unknown>).code = 7;
    const s = salvageReport(doc);
    expect(s.dropped.sort()).toEqual(["signature", "unit.code"].sort());
    expect(s.report.unit).toEqual(valid.unit);
  });

  it("reads a newer schema version as far as this program knows it, and says which version it was", () => {
    const doc = fixture() as Record<string, unknown>;
    doc.schemaVersion = 3;
    doc.attachments = [{ name: "附件一" }];
    expect(validateReport(doc)).toEqual({ ok: false, error: "数据文件版本 3 比本程序支持的版本 1 新，请升级年报助手" });
    const s = salvageReport(doc);
    expect(s.version).toBe(3);
    expect(s.dropped).toEqual(["attachments"]);
    expect(s.report.contact).toEqual(valid.contact);
  });

  it("a field replaced by something else entirely: the blank report stands in, named", () => {
    const doc = fixture() as Record<string, unknown>;
    doc.tables = "damaged";
    doc.lastYear = 5;
    const s = salvageReport(doc);
    expect(s.dropped.sort()).toEqual(["上年数据", "表格"].sort());
    expect(s.report.lastYear).toBeUndefined();
    expect(s.report.prose).toEqual(valid.prose);
  });

  it("not an object at all: nothing is readable", () => {
    expect(salvageReport("text").dropped).toEqual(["全部内容"]);
  });
});
