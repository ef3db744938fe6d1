import { describe, expect, it } from "vitest";
import { memoryBatchStore, mergeEntries } from "./batch-store";
import type { ReviewEntry } from "./types";

const entry = (id: string, unit = id): ReviewEntry => ({
  id,
  fileName: id,
  size: 1,
  status: "pass",
  unit,
  unitKind: "",
  year: 2024,
  format: "gov-2021",
  errors: 0,
  warnings: 0,
  figures: { received: 1, outcomeTotal: 1, carriedForward: 0, reconsiderationTotal: 0, litigationTotal: 0 },
  issues: [],
});

describe("batch store", () => {
  it("keeps both sides, the roster and the year, and clears them", async () => {
    const store = memoryBatchStore();
    expect(await store.put("current", [entry("a"), entry("b")])).toEqual({ ok: true });
    await store.put("lastYear", [entry("a")]);
    await store.setRoster(["甲镇"]);
    await store.setYear(2024);
    const read = await store.read();
    expect([read.current.map((e) => e.id), read.lastYear.map((e) => e.id), read.roster, read.year]).toEqual([["a", "b"], ["a"], ["甲镇"], 2024]);
    await store.clear();
    expect(await store.read()).toEqual({ current: [], lastYear: [], roster: null, year: null });
  });

  it("replaces an entry with the same id in place", () => {
    expect(mergeEntries([entry("a", "旧"), entry("b")], [entry("a", "新"), entry("c")]).map((e) => `${e.id}${e.unit}`)).toEqual(["a新", "bb", "cc"]);
  });

  it("says in Chinese when the storage is full, and keeps what it had", async () => {
    let full = false;
    const store = memoryBatchStore(() => (full ? Object.assign(new Error("quota"), { name: "QuotaExceededError" }) : null));
    await store.put("current", [entry("a")]);
    full = true;
    const out = await store.put("current", [entry("b")]);
    expect(out.ok).toBe(false);
    if (!out.ok) expect([out.reason, out.message.startsWith("浏览器的存储空间已满")]).toEqual(["quota", true]);
    expect((await store.read()).current.map((e) => e.id)).toEqual(["a"]);
  });
});
