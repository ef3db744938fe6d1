import { describe, expect, it } from "vitest";
import { gov2021 } from "../../templates/gov-2021";
import { emptyReport } from "../values/empty-report";
import { setPath } from "../values/object-path";
import { validateReport } from "../report/parse-report-json";
import { deserializeDraft as readWith, exportFileName, rawReport, reportTitle, serializeDraft } from "./serialize";

const deserializeDraft = (id: string, text: string) => readWith(id, text, validateReport);

const report = setPath(emptyReport(gov2021, { unitName: "城关镇人民政府", year: 2024 }), "tables.requests.granted.natural", "１２x");

describe("draft serializer", () => {
  it("round-trips a report, keeping typed text as it was", () => {
    const text = serializeDraft({ id: "a", savedAt: "2025-01-01T00:00:00.000Z", report });
    const back = deserializeDraft("a", text);
    expect(back.ok && back.draft.report).toEqual(report);
  });
  it("reports a corrupt or foreign draft instead of throwing", () => {
    expect(deserializeDraft("a", "{not json").ok).toBe(false);
    const foreign = deserializeDraft("a", JSON.stringify({ savedAt: "x", report: { hello: 1 } }));
    expect(foreign.ok).toBe(false);
    expect(!foreign.ok && foreign.error).toMatch(/schemaVersion/);
  });
  it("refuses a newer schemaVersion with a clear message (kept, not discarded)", () => {
    const newer = deserializeDraft("a", JSON.stringify({ savedAt: "x", report: { ...report, schemaVersion: 99 } }));
    expect(!newer.ok && newer.error).toMatch(/版本 99/);
  });
  it("names the report as the format does", () => {
    expect(reportTitle(report)).toBe("城关镇人民政府2024年政府信息公开工作年度报告");
    expect(exportFileName({ unit: { name: "a/b", kind: "x" }, year: 2024 }, "json")).toBe("ab2024年政府信息公开工作年度报告.json");
  });
});

describe("newest copy", () => {
  const at = (savedAt: string) => deserializeDraft("a", serializeDraft({ id: "a", savedAt, report }));
  it("takes the later save of two readable copies", async () => {
    const { newest } = await import("./merge");
    const a = at("2025-01-01T00:00:01.000Z");
    const b = at("2025-01-01T00:00:02.000Z");
    expect(newest(a, b)).toBe(b);
    expect(newest(b, a)).toBe(b);
    expect(newest(null, a)).toBe(a);
    expect(newest(undefined, null)).toBeNull();
  });
  it("prefers a readable copy to a damaged newer one", async () => {
    const { newest } = await import("./merge");
    const good = at("2025-01-01T00:00:01.000Z");
    const bad = deserializeDraft("a", "{");
    expect(newest(bad, good)).toBe(good);
  });
});

describe("blank drafts", () => {
  it("tells a blank draft (nothing written) from a begun one", async () => {
    const { isBlankReport } = await import("./serialize");
    const blank = emptyReport(gov2021);
    expect(isBlankReport(blank)).toBe(true);
    expect(isBlankReport({ ...blank, unit: { ...blank.unit, kind: "county-government" } })).toBe(true);
    expect(isBlankReport(report)).toBe(false);
    expect(isBlankReport(setPath(blank, "tables.appeals.review.upheld", 0))).toBe(false);
    expect(isBlankReport(setPath(blank, "prose.problems.text", "有"))).toBe(false);
    expect(isBlankReport({ ...blank, infoFee: { status: "not-collected", amountYuan: null } })).toBe(false);
  });
});

describe("a draft that does not validate (issue #23)", () => {
  it("keeps its stored text and name for the recovery view; rawReport gives back the report part as stored", () => {
    const stored = JSON.stringify({ draftVersion: 2, id: "b", savedAt: "2025-01-01T00:00:00.000Z", revision: 3, name: "东关镇草稿", report: { ...report, year: "二〇二四" } });
    const read = deserializeDraft("b", stored);
    expect(read).toMatchObject({ ok: false, raw: stored, name: "东关镇草稿", savedAt: "2025-01-01T00:00:00.000Z" });
    expect(rawReport(stored)).toEqual({ ...report, year: "二〇二四" });
    expect(deserializeDraft("b", "{not json")).toMatchObject({ ok: false, raw: "{not json" });
    expect(rawReport("{not json")).toBeNull();
  });
});
