// localStorage as a backend: the fallback where IndexedDB cannot be opened, and where drafts saved by
// earlier versions still lie. Its writes can throw QuotaExceededError (≈ 5 MB per site): caught, reported.
import { failure, type DraftBackend } from "./backend";
import { revisionOf } from "./serialize";

export const DRAFT_PREFIX = "nianbao.draft.";

type LocalStorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

export function localBackend(storage: LocalStorageLike): DraftBackend {
  const key = (id: string) => DRAFT_PREFIX + id;
  return {
    get: async (id) => storage.getItem(key(id)),
    async put(id, text, expected) {
      try {
        const current = storage.getItem(key(id));
        if (revisionOf(current) !== expected) return { ok: false, reason: "conflict", current };
        storage.setItem(key(id), text);
        return { ok: true };
      } catch (e) {
        return failure(e);
      }
    },
    async list() {
      const out: [string, string][] = [];
      for (let i = 0; i < storage.length; i++) {
        const k = storage.key(i);
        if (k?.startsWith(DRAFT_PREFIX)) out.push([k.slice(DRAFT_PREFIX.length), storage.getItem(k) ?? ""]);
      }
      return out;
    },
    remove: async (id) => {
      try {
        storage.removeItem(key(id));
      } catch {
        /* nothing to free */
      }
    },
  };
}
