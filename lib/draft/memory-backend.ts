// A backend in memory, for tests: optional quota in characters to play a full disk.
import { failure, type DraftBackend } from "./backend";
import { revisionOf } from "./serialize";

export function memoryBackend(quotaChars = Infinity): DraftBackend & { map: Map<string, string> } {
  const map = new Map<string, string>();
  const used = () => [...map.values()].reduce((n, t) => n + t.length, 0);
  return {
    map,
    get: async (id) => map.get(id) ?? null,
    async put(id, text, expected) {
      const current = map.get(id) ?? null;
      if (revisionOf(current) !== expected) return { ok: false, reason: "conflict", current };
      if (used() - (current?.length ?? 0) + text.length > quotaChars) {
        return failure(Object.assign(new Error("quota"), { name: "QuotaExceededError" }));
      }
      map.set(id, text);
      return { ok: true };
    },
    list: async () => [...map.entries()],
    remove: async (id) => void map.delete(id),
  };
}
