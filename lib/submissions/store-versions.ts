// Storing submitted versions with group commit: every version that arrives while a write is running is written
// by the next one, in one transaction of a few multi-row statements, instead of one transaction each. PGlite
// runs every statement on the event loop (~0.5–1.5 ms a round trip), so 300 clerks submitting at once would
// otherwise spend seconds on round trips alone (docs/decisions/server-database.md). A unit's two versions of
// one year never share a batch (the second waits for the next), so versions are numbered in arrival order.
import type { Transaction } from "kysely";
import type { Actor } from "../accounts/actor";
import type { Db } from "../db/open-database";
import type { Database } from "../db/schema";
import { ServiceError } from "../db/service-error";

export type PendingVersion = { actor: Actor; unitId: number; year: number; report: string; warnings: number; address: string | null };
export type StoredVersion = { id: number; version: number; versionId: number };

type Waiting = PendingVersion & { resolve: (v: StoredVersion) => void; reject: (e: unknown) => void };

const MAX_BATCH = 100;
const approvedError = (year: number) => new ServiceError(409, `${year}年度年报已通过审核，不能再报送；如需更正，请联系县政务公开办。`);
const keyOf = (p: { unitId: number; year: number }) => `${p.unitId}:${p.year}`;

async function writeBatch(tx: Transaction<Database>, batch: Waiting[]): Promise<Map<Waiting, StoredVersion | ServiceError>> {
  const out = new Map<Waiting, StoredVersion | ServiceError>();
  const current = await tx
    .selectFrom("submissions")
    .select(["id", "unit_id", "year", "status", "current_version"])
    .where((eb) => eb.or(batch.map((b) => eb.and([eb("unit_id", "=", b.unitId), eb("year", "=", b.year)]))))
    .forUpdate()
    .execute();
  const byKey = new Map(current.map((c) => [keyOf({ unitId: c.unit_id, year: c.year }), c]));
  const fresh: Waiting[] = [];
  const again: Waiting[] = [];
  for (const b of batch) {
    const c = byKey.get(keyOf(b));
    if (!c) fresh.push(b);
    else if (c.status === "approved") out.set(b, approvedError(b.year));
    else again.push(b);
  }
  const ids = new Map<Waiting, { id: number; version: number }>();
  if (fresh.length) {
    const rows = await tx
      .insertInto("submissions")
      .values(fresh.map((b) => ({ unit_id: b.unitId, year: b.year, status: "submitted" as const, current_version: 1 })))
      .returning(["id", "unit_id", "year"])
      .execute();
    const made = new Map(rows.map((r) => [keyOf({ unitId: r.unit_id, year: r.year }), r.id]));
    for (const b of fresh) ids.set(b, { id: made.get(keyOf(b))!, version: 1 });
  }
  if (again.length) {
    const rows = await tx
      .updateTable("submissions")
      .set((eb) => ({ status: "submitted", current_version: eb("current_version", "+", 1), updated_at: new Date() }))
      .where("id", "in", again.map((b) => byKey.get(keyOf(b))!.id))
      .returning(["id", "current_version"])
      .execute();
    const next = new Map(rows.map((r) => [r.id, r.current_version]));
    for (const b of again) {
      const id = byKey.get(keyOf(b))!.id;
      ids.set(b, { id, version: next.get(id)! });
    }
  }
  const stored = [...ids.entries()];
  if (!stored.length) return out;
  const versions = await tx
    .insertInto("versions")
    .values(stored.map(([b, s]) => ({ submission_id: s.id, number: s.version, report: b.report, errors: 0, warnings: b.warnings, submitted_by: b.actor.id })))
    .returning(["id", "submission_id"])
    .execute();
  const versionIds = new Map(versions.map((v) => [v.submission_id, v.id]));
  await tx
    .insertInto("audit_log")
    .values(stored.map(([b, s]) => ({ county_id: b.actor.countyId, user_id: b.actor.id, username: b.actor.username, action: "submit", object: `submission:${s.id} version:${s.version}`, address: b.address })))
    .execute();
  for (const [b, s] of stored) out.set(b, { ...s, versionId: versionIds.get(s.id)! });
  return out;
}

function createWriter(db: Db) {
  const queue: Waiting[] = [];
  let running = false;

  /** The next batch: oldest first, one per unit and year, at most MAX_BATCH. */
  const take = (): Waiting[] => {
    const seen = new Set<string>();
    const batch: Waiting[] = [];
    for (let i = 0; i < queue.length && batch.length < MAX_BATCH; ) {
      const w = queue[i]!;
      if (seen.has(keyOf(w))) i++;
      else {
        seen.add(keyOf(w));
        batch.push(w);
        queue.splice(i, 1);
      }
    }
    return batch;
  };

  const settle = (w: Waiting, r: StoredVersion | ServiceError) => (r instanceof ServiceError ? w.reject(r) : w.resolve(r));
  const write = (batch: Waiting[]) => db.transaction().execute((tx) => writeBatch(tx, batch));

  /** One alone, retried once: another process may have stored the first version of the year (PostgreSQL 23505). */
  const writeAlone = async (w: Waiting) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return settle(w, (await write([w])).get(w)!);
      } catch (e) {
        if ((e as { code?: string }).code !== "23505" || attempt > 0) return w.reject(e);
      }
    }
  };

  const flush = async () => {
    running = true;
    while (queue.length) {
      const batch = take();
      try {
        const results = await write(batch);
        for (const w of batch) settle(w, results.get(w)!);
      } catch {
        // A batch that failed as a whole: each one alone, so one conflict costs nobody else their submission.
        for (const w of batch) await writeAlone(w);
      }
    }
    running = false;
  };

  return (p: PendingVersion) =>
    new Promise<StoredVersion>((resolve, reject) => {
      queue.push({ ...p, resolve, reject });
      if (!running) void flush();
    });
}

const writers = new WeakMap<Db, ReturnType<typeof createWriter>>();

/** Stores one submitted version (in the next batch); 409 after approval. */
export function storeVersion(db: Db, pending: PendingVersion): Promise<StoredVersion> {
  let w = writers.get(db);
  if (!w) writers.set(db, (w = createWriter(db)));
  return w(pending);
}
