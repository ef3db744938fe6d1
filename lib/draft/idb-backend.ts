// IndexedDB as the drafts' home: a committed transaction survives a crashed browser, the quota is far
// larger than localStorage's, and the compare-and-set runs inside one readwrite transaction (atomic
// across tabs). Every failure — full disk, private mode, blocked database — comes back as a reason.
import { failure, type DraftBackend, type WriteResult } from "./backend";
import { revisionOf } from "./serialize";
import { committed, databaseOpener, request } from "../storage/idb";

const DB_NAME = "nianbao";
const STORE = "drafts";
const PREFIX = "nianbao.draft."; // keys as earlier versions wrote them

export function idbBackend(): DraftBackend {
  const open = databaseOpener(DB_NAME, [STORE]);
  return {
    async get(id) {
      const store = (await open()).transaction(STORE).objectStore(STORE);
      const value: unknown = await request(store.get(PREFIX + id));
      return typeof value === "string" ? value : null;
    },
    async put(id, text, expected): Promise<WriteResult> {
      try {
        const tx = (await open()).transaction(STORE, "readwrite", { durability: "strict" });
        const store = tx.objectStore(STORE);
        let outcome: WriteResult = { ok: true };
        const req = store.get(PREFIX + id);
        req.onsuccess = () => {
          const current = typeof req.result === "string" ? req.result : null;
          if (revisionOf(current) === expected) store.put(text, PREFIX + id);
          else outcome = { ok: false, reason: "conflict", current };
        };
        await committed(tx);
        return outcome;
      } catch (e) {
        return failure(e);
      }
    },
    async list() {
      const store = (await open()).transaction(STORE).objectStore(STORE);
      return new Promise((resolve, reject) => {
        const keys = store.getAllKeys();
        const values = store.getAll();
        values.onsuccess = () =>
          resolve(keys.result.flatMap((k, i) => (String(k).startsWith(PREFIX) ? [[String(k).slice(PREFIX.length), String(values.result[i])] as [string, string]] : [])));
        values.onerror = () => reject(values.error);
      });
    },
    async remove(id) {
      const tx = (await open()).transaction(STORE, "readwrite");
      tx.objectStore(STORE).delete(PREFIX + id);
      await committed(tx);
    },
  };
}
