// IndexedDB as the drafts' home: a committed transaction survives a crashed browser, the quota is far
// larger than localStorage's, and the compare-and-set runs inside one readwrite transaction (atomic
// across tabs). Every failure — full disk, private mode, blocked database — comes back as a reason.
import { failure, type DraftBackend, type WriteResult } from "./backend";
import { revisionOf } from "./serialize";

const DB_NAME = "nianbao";
const STORE = "drafts";
const PREFIX = "nianbao.draft."; // keys as earlier versions wrote them

function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
    req.onblocked = () => reject(new Error("blocked"));
  });
}

const done = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error("aborted"));
  });

export function idbBackend(): DraftBackend {
  let db: Promise<IDBDatabase> | null = null;
  const open = () => (db ??= openDb().catch((e) => ((db = null), Promise.reject(e))));
  return {
    async get(id) {
      const store = (await open()).transaction(STORE).objectStore(STORE);
      return new Promise((resolve, reject) => {
        const req = store.get(PREFIX + id);
        req.onsuccess = () => resolve(typeof req.result === "string" ? req.result : null);
        req.onerror = () => reject(req.error);
      });
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
        await done(tx);
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
      await done(tx);
    },
  };
}
