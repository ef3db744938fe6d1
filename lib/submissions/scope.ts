// The one place a submission is looked up for a user: by its id AND the user's county (and, for a clerk, unit).
// Anything outside that answers 404 — a guessed id of another unit or county looks exactly like no id at all.
import type { Transaction } from "kysely";
import type { Actor } from "../accounts/actor";
import type { Db } from "../db/open-database";
import type { Database } from "../db/schema";
import { notFound } from "../db/service-error";

type Reader = Db | Transaction<Database>;

export function scopedSubmissions(db: Reader, actor: Actor) {
  let q = db.selectFrom("submissions as s").innerJoin("units as n", "n.id", "s.unit_id").where("n.county_id", "=", actor.countyId);
  if (actor.role === "clerk") q = q.where("s.unit_id", "=", actor.unitId ?? -1);
  return q;
}

/** The submission if this user may see it, else 404 (`lock`: FOR UPDATE, inside a transaction). */
export async function submissionInScope(db: Reader, actor: Actor, id: unknown, lock = false) {
  const n = typeof id === "number" ? id : Number(id);
  if (!Number.isSafeInteger(n) || n < 1 || n > 2_147_483_647) throw notFound();
  let q = scopedSubmissions(db, actor)
    .select(["s.id", "s.unit_id as unitId", "n.name as unitName", "s.year", "s.status", "s.current_version as currentVersion", "s.updated_at as updatedAt"])
    .where("s.id", "=", n);
  if (lock) q = q.forUpdate("s");
  const row = await q.executeTakeFirst();
  if (!row) throw notFound();
  return row;
}
