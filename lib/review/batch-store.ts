// The county desk's batch in storage (design.md 「Storage is a port」): this year's reviewed files, last
// year's, the roster and the batch year. Every write says whether it happened; a full disk comes back as
// a reason with a Chinese sentence, never as a lost batch. IndexedDB in the browser (batch-store-idb.ts),
// memory in tests.
import { failure, type WriteResult } from "../draft/backend";
import type { ReviewEntry } from "./types";

/** 本年报告 or 上年报告 (the second drop zone). */
export type BatchSide = "current" | "lastYear";

export type StoredBatch = { current: ReviewEntry[]; lastYear: ReviewEntry[]; roster: string[] | null; year: number | null };

export type StoreOutcome = { ok: true } | { ok: false; reason: "quota" | "unavailable"; message: string };

export type BatchStore = {
  read(): Promise<StoredBatch>;
  /** Adds or replaces entries (by id) on one side. */
  put(side: BatchSide, entries: ReviewEntry[]): Promise<StoreOutcome>;
  setRoster(roster: string[] | null): Promise<StoreOutcome>;
  setYear(year: number | null): Promise<StoreOutcome>;
  clear(): Promise<StoreOutcome>;
};

export const emptyBatch = (): StoredBatch => ({ current: [], lastYear: [], roster: null, year: null });

/** A storage failure in words a reviewer can act on. */
export function storeFailure(e: unknown): StoreOutcome {
  const f = failure(e) as Extract<WriteResult, { reason: "quota" | "unavailable" }>;
  if (f.reason === "quota") {
    return { ok: false, reason: "quota", message: "浏览器的存储空间已满，本批报告未能全部保存：请清理浏览器存储空间或先清空本批，已显示的审核结果在关闭页面前仍可导出。" };
  }
  return { ok: false, reason: "unavailable", message: `无法在本浏览器中保存本批报告（${f.detail}）：关闭或刷新页面后需要重新选择文件。` };
}

/** Entries kept in the order they were added; an entry with a known id replaces the old one in place. */
export function mergeEntries(old: ReviewEntry[], added: ReviewEntry[]): ReviewEntry[] {
  const byId = new Map(old.map((e) => [e.id, e]));
  for (const e of added) byId.set(e.id, e);
  return [...byId.values()];
}

/** For tests, and for a browser where IndexedDB is missing (the batch then lives as long as the page). */
export function memoryBatchStore(fail?: () => unknown): BatchStore {
  let batch = emptyBatch();
  const write = async (change: () => void): Promise<StoreOutcome> => {
    const e = fail?.();
    if (e) return storeFailure(e);
    change();
    return { ok: true };
  };
  return {
    read: async () => structuredClone(batch),
    put: (side, entries) => write(() => (batch = { ...batch, [side]: mergeEntries(batch[side], structuredClone(entries)) })),
    setRoster: (roster) => write(() => (batch = { ...batch, roster })),
    setYear: (year) => write(() => (batch = { ...batch, year })),
    clear: () => write(() => (batch = emptyBatch())),
  };
}
