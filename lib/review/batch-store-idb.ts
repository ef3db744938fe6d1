// The batch store on IndexedDB: its own database (the drafts' one is left alone), one record per reviewed
// file, so adding 200 reports writes 200 small records and a reload reads them back in the order added.
// A write counts only once its transaction committed (checked writes).
import { emptyBatch, mergeEntries, storeFailure, type BatchSide, type BatchStore, type StoreOutcome } from "./batch-store";
import type { ReviewEntry } from "./types";
import { committed, databaseOpener, request } from "../storage/idb";

const DB_NAME = "nianbao-review";
const ENTRIES = "entries";
const META = "meta";

type Row = { side: BatchSide; seq: number; entry: ReviewEntry };

export function idbBatchStore(): BatchStore {
  const open = databaseOpener(DB_NAME, [ENTRIES, META]);
  let seq = Date.now();

  const write = async (stores: string[], change: (tx: IDBTransaction) => void): Promise<StoreOutcome> => {
    try {
      const tx = (await open()).transaction(stores, "readwrite", { durability: "strict" });
      change(tx);
      await committed(tx);
      return { ok: true };
    } catch (e) {
      return storeFailure(e);
    }
  };

  return {
    async read() {
      const tx = (await open()).transaction([ENTRIES, META]);
      const [rows, roster, year] = await Promise.all([
        request(tx.objectStore(ENTRIES).getAll() as IDBRequest<Row[]>),
        request(tx.objectStore(META).get("roster") as IDBRequest<string[] | null | undefined>),
        request(tx.objectStore(META).get("year") as IDBRequest<number | null | undefined>),
      ]);
      const batch = emptyBatch();
      rows.sort((a, b) => a.seq - b.seq);
      for (const side of ["current", "lastYear"] as const) batch[side] = mergeEntries([], rows.filter((r) => r.side === side).map((r) => r.entry));
      return { ...batch, roster: roster ?? null, year: year ?? null };
    },
    put: (side, entries) =>
      write([ENTRIES], (tx) => {
        for (const entry of entries) tx.objectStore(ENTRIES).put({ side, seq: seq++, entry } satisfies Row, `${side}\u0000${entry.id}`);
      }),
    setRoster: (roster) => write([META], (tx) => tx.objectStore(META).put(roster, "roster")),
    setYear: (year) => write([META], (tx) => tx.objectStore(META).put(year, "year")),
    clear: () =>
      write([ENTRIES, META], (tx) => {
        tx.objectStore(ENTRIES).clear();
        tx.objectStore(META).clear();
      }),
  };
}
