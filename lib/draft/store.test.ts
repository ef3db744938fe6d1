import { describe, expect, it } from "vitest";
import { gov2021 } from "../../templates/gov-2021";
import { emptyReport } from "../values/empty-report";
import { setPath } from "../values/object-path";
import { DRAFT_PREFIX, createDraftStore, type KeyValueStorage } from "./store";
import { validateReport } from "../report/parse-report-json";
import { deserializeDraft as readWith, exportFileName, isBlankReport, reportTitle, serializeDraft } from "./serialize";

const deserializeDraft = (id: string, text: string) => readWith(id, text, validateReport);

function memoryStorage(): KeyValueStorage & { map: Map<string, string> } {
  const map = new Map<string, string>();
  return {
    map,
    getItem: (k) => map.get(k) ?? null,
    setItem: (k, v) => void map.set(k, v),
    removeItem: (k) => void map.delete(k),
    key: (i) => [...map.keys()][i] ?? null,
    get length() {
      return map.size;
    },
  };
}

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

describe("draft store", () => {
  it("saves several drafts, lists them newest first and loads them back", () => {
    let t = 0;
    const storage = memoryStorage();
    const store = createDraftStore(storage, validateReport, () => new Date(Date.UTC(2025, 0, 1, 0, 0, t++)));
    const a = store.saveDraft(report);
    const b = store.saveDraft({ ...report, unit: { name: "某街道办事处", kind: "subdistrict" } });
    expect(a).not.toBe(b);
    expect(store.listDrafts().map((d) => d.unitName)).toEqual(["某街道办事处", "城关镇人民政府"]);
    expect(store.loadDraft(a)).toEqual(report);
    expect(store.saveDraft(report, b)).toBe(b);
    expect(store.listDrafts()).toHaveLength(2);
  });
  it("lists an unreadable draft with its reason and leaves it in storage", () => {
    const storage = memoryStorage();
    storage.setItem(`${DRAFT_PREFIX}bad`, "{oops");
    storage.setItem("other-app", "x");
    const store = createDraftStore(storage, validateReport);
    expect(store.listDrafts()).toEqual([expect.objectContaining({ id: "bad", error: expect.stringMatching(/损坏/) })]);
    expect(store.loadDraft("bad")).toBeNull();
    expect(storage.map.has(`${DRAFT_PREFIX}bad`)).toBe(true);
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

describe("naming, deleting and blank drafts", () => {
  it("keeps the clerk's name for a draft through later autosaves; an empty name goes back to the title", () => {
    const storage = memoryStorage();
    const store = createDraftStore(storage, validateReport);
    const id = store.saveDraft(report);
    const text = storage.getItem(`${DRAFT_PREFIX}${id}`)!;
    const named = deserializeDraft(id, text);
    if (!named.ok) throw new Error(named.error);
    storage.setItem(`${DRAFT_PREFIX}${id}`, serializeDraft({ ...named.draft, name: " 城关镇 2024 终稿 " }));
    store.saveDraft({ ...report, preamble: "新的开头" }, id);
    expect(store.listDrafts()[0]).toMatchObject({ id, name: "城关镇 2024 终稿", unitName: "城关镇人民政府" });
    expect(store.loadDraft(id)?.preamble).toBe("新的开头");
    storage.setItem(`${DRAFT_PREFIX}${id}`, serializeDraft({ ...named.draft, name: "  " }));
    expect(store.listDrafts()[0]!.name).toBeUndefined();
  });
  it("deletes a draft", () => {
    const storage = memoryStorage();
    const store = createDraftStore(storage, validateReport);
    const a = store.saveDraft(report);
    const b = store.saveDraft(report);
    store.deleteDraft(a);
    expect(store.listDrafts().map((d) => d.id)).toEqual([b]);
  });
  it("tells a blank draft (nothing written) from a begun one", () => {
    const blank = emptyReport(gov2021);
    expect(isBlankReport(blank)).toBe(true);
    expect(isBlankReport({ ...blank, unit: { ...blank.unit, kind: "county-government" } })).toBe(true);
    expect(isBlankReport(report)).toBe(false);
    expect(isBlankReport(setPath(blank, "tables.appeals.review.upheld", 0))).toBe(false);
    expect(isBlankReport(setPath(blank, "prose.problems.text", "有"))).toBe(false);
    expect(isBlankReport({ ...blank, infoFee: { status: "not-collected", amountYuan: null } })).toBe(false);
  });
});
