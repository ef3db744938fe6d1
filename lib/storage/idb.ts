// IndexedDB in promises, for every store of the app (drafts: lib/draft/idb-backend.ts; the county desk's
// batch: lib/review/batch-store-idb.ts). A write counts only once its transaction has committed.

/** Opens (and on first use creates) a database; a failed open is retried on the next call. */
export function databaseOpener(name: string, stores: string[]): () => Promise<IDBDatabase> {
  let db: Promise<IDBDatabase> | null = null;
  const openDb = () =>
    new Promise<IDBDatabase>((resolve, reject) => {
      const req = indexedDB.open(name, 1);
      req.onupgradeneeded = () => stores.forEach((s) => req.result.createObjectStore(s));
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
      req.onblocked = () => reject(new Error("blocked"));
    });
  return () => (db ??= openDb().catch((e) => ((db = null), Promise.reject(e))));
}

/** Resolves when the transaction committed; rejects with its error when it failed or was aborted (e.g. quota). */
export const committed = (tx: IDBTransaction) =>
  new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new Error("aborted"));
  });

/** One request's result. */
export const request = <T>(req: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
