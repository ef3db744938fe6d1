// The storage module: checked writes, a full disk said and nothing claimed, two tabs merged field by field.
import { describe, expect, it } from "vitest";
import { gov2021 } from "../../templates/gov-2021";
import { validateReport } from "../report/parse-report-json";
import type { Report } from "../report/types";
import { emptyReport } from "../values/empty-report";
import { setPath } from "../values/object-path";
import { createDrafts, saveMessages } from "./drafts";
import { memoryBackend } from "./memory-backend";
import { serializeDraft } from "./serialize";
import { threeWayMerge } from "./three-way";

const base = emptyReport(gov2021, { unitName: "城关镇人民政府", year: 2024 });
let clock = 0;
const now = () => new Date(Date.UTC(2025, 0, 1, 0, 0, clock++));
const tab = (primary = memoryBackend(), fallback = memoryBackend(), writer = "tab-a") => ({
  primary,
  fallback,
  drafts: createDrafts({ primary, fallback, validate: validateReport, writer, now }),
});

describe("saving", () => {
  it("creates, reads back with its revision, and counts revisions up", async () => {
    const { drafts } = tab();
    const created = await drafts.create(base);
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    expect(created.revision).toBe(1);
    const next = await drafts.save(created.id, setPath(base, "unit.name", "城关镇"), { revision: 1, report: base });
    expect(next.ok && next.revision).toBe(2);
    const read = await drafts.read(created.id);
    expect(read?.ok && [read.draft.revision, read.draft.report.unit.name]).toEqual([2, "城关镇"]);
  });

  it("a full disk: the outcome says so in Chinese and nothing is claimed saved; the earlier save stays", async () => {
    const { drafts, primary } = tab(memoryBackend(6_000), memoryBackend(6_000));
    const created = await drafts.create(base);
    if (!created.ok) throw new Error("first save should fit");
    const long = setPath(base, "preamble", "字".repeat(20_000));
    const failed = await drafts.save(created.id, long, { revision: 1, report: base });
    expect(failed).toEqual({ ok: false, id: created.id, reason: "quota", message: saveMessages.quota });
    const read = await drafts.read(created.id);
    expect(read?.ok && read.draft.report.preamble).toBe("");
    expect(primary.map.size).toBe(1);
    // Once space is freed, the next save goes through (the form still holds the text).
    const roomy = tab(memoryBackend(), memoryBackend());
    roomy.primary.map.set(created.id, primary.map.get(created.id)!);
    const later = await createDrafts({ primary: roomy.primary, validate: validateReport, writer: "tab-a", now }).save(created.id, long, { revision: 1, report: base });
    expect(later.ok).toBe(true);
  });

  it("falls back to the second backend when the first is unavailable, and says so when both fail", async () => {
    const broken = { ...memoryBackend(), put: async () => ({ ok: false as const, reason: "unavailable" as const, detail: "private mode" }) };
    const fallback = memoryBackend();
    const drafts = createDrafts({ primary: broken, fallback, validate: validateReport, writer: "a", now });
    const r = await drafts.create(base);
    expect(r.ok).toBe(true);
    expect(fallback.map.size).toBe(1);
    const none = createDrafts({ primary: broken, validate: validateReport, writer: "a", now });
    expect(await none.create(base)).toMatchObject({ ok: false, reason: "unavailable", message: saveMessages.unavailable });
  });

  it("moves a draft an earlier version kept in localStorage into the primary on its next save", async () => {
    const { drafts, primary, fallback } = tab();
    fallback.map.set("old", serializeDraft({ id: "old", savedAt: "2024-12-01T00:00:00.000Z", report: base }));
    expect((await drafts.list()).map((d) => d.id)).toEqual(["old"]);
    const read = await drafts.read("old");
    expect(read?.ok && read.draft.revision).toBe(0);
    const saved = await drafts.save("old", base, { revision: 0, report: base });
    expect(saved.ok).toBe(true);
    expect([primary.map.has("old"), fallback.map.has("old")]).toEqual([true, false]);
  });

  it("lists and removes", async () => {
    const { drafts } = tab();
    const a = await drafts.create(base);
    const b = await drafts.create(setPath(base, "unit.name", "某街道办事处"));
    expect((await drafts.list()).map((d) => d.unitName)).toEqual(["某街道办事处", "城关镇人民政府"]);
    if (a.ok) await drafts.remove(a.id);
    expect((await drafts.list()).map((d) => d.id)).toEqual([b.ok ? b.id : ""]);
  });
});

describe("two tabs on one draft", () => {
  async function twoTabs() {
    const primary = memoryBackend();
    const a = createDrafts({ primary, validate: validateReport, writer: "tab-a", now });
    const b = createDrafts({ primary, validate: validateReport, writer: "tab-b", now });
    const created = await a.create(base);
    if (!created.ok) throw new Error("create");
    return { a, b, id: created.id, first: { revision: 1, report: base } };
  }

  it("tab A types 机关名称, tab B types 联系部门: both survive (the issue's lost 机关名称)", async () => {
    const { a, b, id, first } = await twoTabs();
    const fromA = await a.save(id, setPath(base, "unit.name", "城关镇人民政府（A）"), first);
    expect(fromA.ok && fromA.revision).toBe(2);
    const fromB = await b.save(id, setPath(base, "contact.department", "党政办公室"), first); // B still at revision 1
    expect(fromB.ok && [fromB.revision, fromB.merged]).toEqual([3, []]);
    const read = await a.read(id);
    expect(read?.ok && [read.draft.report.unit.name, read.draft.report.contact.department]).toEqual(["城关镇人民政府（A）", "党政办公室"]);
  });

  it("the same field typed in both: the first save stands and the later tab is told which field", async () => {
    const { a, b, id, first } = await twoTabs();
    await a.save(id, setPath(base, "unit.name", "甲"), first);
    const fromB = await b.save(id, setPath(base, "unit.name", "乙"), first);
    expect(fromB.ok && [fromB.report.unit.name, fromB.merged]).toEqual(["甲", ["unit.name"]]);
  });
});

describe("threeWayMerge", () => {
  it("takes each side's own changes and keeps theirs where both changed", () => {
    const b = { x: 1, y: { z: 1, w: 1 }, t: "a" };
    const mine = { x: 2, y: { z: 1, w: 5 }, t: "m" };
    const theirs = { x: 1, y: { z: 9, w: 1 }, t: "t" };
    expect(threeWayMerge<typeof b>(b, mine, theirs)).toEqual({ value: { x: 2, y: { z: 9, w: 5 }, t: "t" }, conflicts: ["t"] });
  });
});

void (null as unknown as Report);

describe("labels", () => {
  it("a draft keeps the clerk's name for it across later saves", async () => {
    const { drafts } = tab();
    const created = await drafts.create(base);
    if (!created.ok) throw new Error("create");
    await drafts.save(created.id, base, { revision: 1, report: base }, "去年的底稿");
    await drafts.save(created.id, setPath(base, "unit.name", "城关镇"), { revision: 2, report: base });
    expect((await drafts.list())[0]).toMatchObject({ id: created.id, label: "去年的底稿", unitName: "城关镇" });
  });
});
