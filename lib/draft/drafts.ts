// The one storage module for drafts: every write is checked and says what happened; nothing is claimed
// saved that was not; a write never replaces what another tab saved since this tab last read (revision
// compare-and-set, then a field-by-field merge). The primary backend is IndexedDB, the fallback
// localStorage (also where earlier versions kept drafts: read, and removed once the draft lives in the primary).
import type { Report } from "../report/types";
import type { DraftBackend, WriteResult } from "./backend";
import { newest } from "./merge";
import { deserializeDraft, revisionOf, serializeDraft, summarize, type Draft, type DraftSummary, type ReadDraft, type Validate } from "./serialize";
import { threeWayMerge } from "./three-way";

export type SaveOutcome =
  | { ok: true; id: string; revision: number; savedAt: string; report: Report; merged: string[] }
  | { ok: false; id: string; reason: "quota" | "unavailable"; message: string };

export const saveMessages = {
  quota: "浏览器存储空间已满，最近的修改没有保存。请先导出数据文件，再清理浏览器中其他网站的数据或删除不用的草稿。",
  unavailable: "浏览器不允许保存（可能是无痕模式或存储被禁用），最近的修改没有保存。请导出数据文件妥善保存。",
};

export function newDraftId(now: Date = new Date()): string {
  return `${now.getTime().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

type Options = { primary: DraftBackend; fallback?: DraftBackend; validate: Validate; writer: string; now?: () => Date };

export function createDrafts({ primary, fallback, validate, writer, now = () => new Date() }: Options) {
  const readFrom = async (b: DraftBackend | undefined, id: string): Promise<ReadDraft | null> => {
    const text = b ? await b.get(id).catch(() => null) : null;
    return text === null ? null : deserializeDraft(id, text, validate);
  };
  const read = async (id: string) => newest(await readFrom(primary, id), await readFrom(fallback, id));

  /** One compare-and-set write, to the primary, else the fallback. */
  async function write(id: string, draft: Draft, expected: number): Promise<WriteResult> {
    const text = serializeDraft(draft);
    const first = await primary.put(id, text, expected);
    if (first.ok) {
      await fallback?.remove(id).catch(() => undefined); // the old copy would only fill the small quota
      return first;
    }
    if (first.reason === "conflict" || !fallback) return first;
    // A full primary has checked the revision already: the fallback copy just follows. A primary that
    // cannot be opened at all (private mode) leaves the fallback in its place, with the same check.
    const there = first.reason === "quota" ? revisionOf(await fallback.get(id).catch(() => null)) : expected;
    const second = await fallback.put(id, text, there);
    return second.ok || second.reason === "conflict" ? second : first;
  }

  /**
   * Saves `report`, based on revision `base` of the draft (the revision this tab last read or wrote) and on
   * `baseReport` (what it held then). Another tab's newer save is merged in, field by field.
   */
  async function save(id: string, report: Report, base: { revision: number; report: Report | null }, newLabel?: string): Promise<SaveOutcome> {
    // The clerk's name for the draft (the list on the start page) stays unless a new one is given.
    const stored = newLabel === undefined && base.revision > 0 ? await read(id) : null;
    const label = newLabel ?? (stored?.ok ? stored.draft.label : undefined);
    let expected = base.revision;
    let baseReport = base.report;
    let value = report;
    let merged: string[] = [];
    for (let attempt = 0; attempt < 5; attempt++) {
      const savedAt = now().toISOString();
      const result = await write(id, { id, savedAt, report: value, revision: expected + 1, writer, ...(label ? { label } : {}) }, expected);
      if (result.ok) return { ok: true, id, revision: expected + 1, savedAt, report: value, merged };
      if (result.reason !== "conflict") return { ok: false, id, reason: result.reason, message: saveMessages[result.reason] };
      const theirs = result.current === null ? null : deserializeDraft(id, result.current, validate);
      if (!theirs?.ok) return { ok: false, id, reason: "unavailable", message: saveMessages.unavailable };
      const m = threeWayMerge(baseReport ?? theirs.draft.report, value, theirs.draft.report);
      value = m.value;
      merged = [...merged, ...m.conflicts];
      baseReport = theirs.draft.report;
      expected = theirs.draft.revision ?? 0;
    }
    return { ok: false, id, reason: "unavailable", message: saveMessages.unavailable };
  }

  return {
    read,
    save,
    /** A new draft: nothing is claimed created unless it was written. */
    create: (report: Report) => save(newDraftId(now()), report, { revision: 0, report: null }),
    async list(): Promise<DraftSummary[]> {
      const all = new Map<string, ReadDraft>();
      for (const b of [fallback, primary]) {
        const entries = b ? await b.list().catch(() => [] as [string, string][]) : [];
        for (const [id, text] of entries) all.set(id, newest(all.get(id), deserializeDraft(id, text, validate))!);
      }
      return [...all].map(([id, r]) => summarize(id, r)).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
    async remove(id: string): Promise<void> {
      await Promise.all([primary.remove(id), fallback?.remove(id)].map((p) => p?.catch(() => undefined)));
    },
  };
}

export type Drafts = ReturnType<typeof createDrafts>;
