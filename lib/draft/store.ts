// Draft storage over any Storage-like object (window.localStorage in the browser, a Map in tests).
import type { Report } from "../report/types";
import { deserializeDraft, draftName, serializeDraft, summarize, type DraftSummary, type ReadDraft, type Validate } from "./serialize";

export type KeyValueStorage = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

export const DRAFT_PREFIX = "nianbao.draft.";

export function newDraftId(now: Date = new Date()): string {
  return `${now.getTime().toString(36)}${Math.random().toString(36).slice(2, 8)}`;
}

export function createDraftStore(storage: KeyValueStorage, validate: Validate, now: () => Date = () => new Date()) {
  const read = (id: string): ReadDraft | null => {
    const text = storage.getItem(DRAFT_PREFIX + id);
    return text === null ? null : deserializeDraft(id, text, validate);
  };
  return {
    /** Saves (creating an id when none is given) and returns the draft's id; the clerk's name for it is kept. */
    saveDraft(report: Report, id: string = newDraftId(now())): string {
      const name = draftName(storage.getItem(DRAFT_PREFIX + id));
      storage.setItem(DRAFT_PREFIX + id, serializeDraft({ id, savedAt: now().toISOString(), report, name }));
      return id;
    },
    deleteDraft(id: string): void {
      storage.removeItem(DRAFT_PREFIX + id);
    },
    loadDraft(id: string): Report | null {
      const r = read(id);
      return r?.ok ? r.draft.report : null;
    },
    readDraft: read,
    /** Newest first; unreadable drafts are listed too (with the reason), never dropped. */
    listDrafts(): DraftSummary[] {
      const ids: string[] = [];
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(DRAFT_PREFIX)) ids.push(key.slice(DRAFT_PREFIX.length));
      }
      return ids.map((id) => summarize(id, read(id)!)).sort((a, b) => b.savedAt.localeCompare(a.savedAt));
    },
  };
}
