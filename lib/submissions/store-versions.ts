// Storing submitted versions with group commit: the versions that arrive within GATHER_MS of each other (or while
// a write runs) are written together, by one statement, instead of one transaction each. PGlite runs every
// statement on the event loop (~0.5–1.5 ms a round trip), so 300 clerks submitting at once would otherwise spend
// seconds on round trips alone, and a write started at once would hold up the requests behind it before they
// reach here (docs/decisions/server-database.md). A unit's two versions of one year never share a batch (the
// second waits for the next), so versions are numbered in arrival order.
import { sql } from "kysely";
import type { Actor } from "../accounts/actor";
import type { Db } from "../db/open-database";
import { ServiceError } from "../db/service-error";

export type PendingVersion = { actor: Actor; unitId: number; year: number; report: string; warnings: number; address: string | null };
export type StoredVersion = { id: number; version: number; versionId: number };

type Waiting = PendingVersion & { resolve: (v: StoredVersion) => void; reject: (e: unknown) => void };

const MAX_BATCH = 100;
/** How long the first waiting version waits for others (PostgreSQL's commit_delay, for the same reason). */
const GATHER_MS = 25;
const approvedError = (year: number) => new ServiceError(409, `${year}年度年报已通过审核，不能再报送；如需更正，请联系县政务公开办。`);
const keyOf = (p: { unitId: number; year: number }) => `${p.unitId}:${p.year}`;

/**
 * One statement for the whole batch (one round trip; atomic by itself): the unit's submission of the year is
 * created at version 1 or moved to its next version — unless approved, then it is left alone and not returned —
 * and the versions and audit rows are inserted from what that returned.
 */
async function writeBatch(db: Db, batch: Waiting[]): Promise<Map<Waiting, StoredVersion | ServiceError>> {
  // One parameter a value (a report goes in as its text, not escaped into an array literal).
  const rows = batch.map(
    (b) => sql`(${b.unitId}::int, ${b.year}::int, ${b.report}::text, ${b.warnings}::int, ${b.actor.id}::int, ${b.actor.username}::text, ${b.actor.countyId}::int, ${b.address}::text)`,
  );
  const { rows: stored } = await sql<{ unit_id: number; year: number; id: number; version: number; version_id: number }>`
    with input (unit_id, year, report, warnings, user_id, username, county_id, address) as (values ${sql.join(rows)}
    ), stored as (
      insert into submissions (unit_id, year, status, current_version)
      select unit_id, year, 'submitted', 1 from input
      on conflict (unit_id, year) do update set status = 'submitted', current_version = submissions.current_version + 1, updated_at = now()
        where submissions.status <> 'approved'
      returning id, unit_id, year, current_version
    ), version as (
      insert into versions (submission_id, number, report, errors, warnings, submitted_by)
      select s.id, s.current_version, i.report, 0, i.warnings, i.user_id from stored s join input i using (unit_id, year)
      returning id, submission_id
    ), audit as (
      insert into audit_log (county_id, user_id, username, action, object, address)
      select i.county_id, i.user_id, i.username, 'submit', 'submission:' || s.id || ' version:' || s.current_version, i.address
      from stored s join input i using (unit_id, year)
    )
    select s.unit_id, s.year, s.id, s.current_version as version, v.id as version_id from stored s join version v on v.submission_id = s.id`.execute(db);
  const byKey = new Map(stored.map((r) => [keyOf({ unitId: r.unit_id, year: r.year }), r]));
  const out = new Map<Waiting, StoredVersion | ServiceError>();
  for (const b of batch) {
    const r = byKey.get(keyOf(b));
    out.set(b, r ? { id: r.id, version: r.version, versionId: r.version_id } : approvedError(b.year));
  }
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
  const write = (batch: Waiting[]) => writeBatch(db, batch);

  /** One alone (after its batch failed as a whole). */
  const writeAlone = async (w: Waiting) => {
    try {
      settle(w, (await write([w])).get(w)!);
    } catch (e) {
      w.reject(e);
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
      if (!running) {
        running = true; // gathering: the versions that reach here in the next GATHER_MS share the write
        setTimeout(() => void flush(), GATHER_MS);
      }
    });
}

const writers = new WeakMap<Db, ReturnType<typeof createWriter>>();

/** Stores one submitted version (in the next batch); 409 after approval. */
export function storeVersion(db: Db, pending: PendingVersion): Promise<StoredVersion> {
  let w = writers.get(db);
  if (!w) writers.set(db, (w = createWriter(db)));
  return w(pending);
}
