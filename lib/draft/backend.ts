// The storage port: where draft texts live (IndexedDB in the browser, localStorage as a fallback, memory
// in tests). Every write is a compare-and-set on the draft's revision and says whether it happened.
export type WriteResult =
  | { ok: true }
  | { ok: false; reason: "conflict"; current: string | null }
  | { ok: false; reason: "quota" | "unavailable"; detail: string };

export type DraftBackend = {
  get(id: string): Promise<string | null>;
  /** Stores `text` only if the stored draft's revision is still `expected` (no draft counts as 0). */
  put(id: string, text: string, expected: number): Promise<WriteResult>;
  list(): Promise<[id: string, text: string][]>;
  remove(id: string): Promise<void>;
};

/** A storage error as a reason: QuotaExceededError (and Firefox's old name) means the disk quota is full. */
export function failure(e: unknown): WriteResult {
  const name = (e as { name?: string } | null)?.name ?? "";
  const detail = (e as { message?: string } | null)?.message ?? String(e);
  return { ok: false, reason: /Quota/i.test(name) || /quota/i.test(detail) ? "quota" : "unavailable", detail };
}
