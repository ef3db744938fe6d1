// Sessions in the database: the cookie holds 32 random bytes, the table only their SHA-256 (a stolen backup signs
// nobody in). A new session on every sign-in (no fixation: a token the server did not just issue is never
// adopted); 12 hours after the last request or 7 days after sign-in it ends; logout ends one or all.
import { createHash, randomBytes } from "node:crypto";
import { sql } from "kysely";
import { driverOf, type Db } from "../db/open-database";
import { actorQuery, toActor, type Actor } from "./actor";
import { audit } from "./audit";

export const SESSION_COOKIE = "nianbao_session";
const IDLE_S = 12 * 3600;
const ABSOLUTE_S = 7 * 24 * 3600;
const TOUCH_S = 300; // last_seen_at is written at most every 5 minutes

// PGlite plans every query anew on the event loop (a session read is ~3 ms there): its one process keeps the
// sessions it has read for 30 s, and forgets them all at every sign-out and account change (forgetSessions), so
// a logout or a disabled account takes effect at once. PostgreSQL (possibly several processes) reads every time.
const CACHE_MS = 30_000;
type Cache = { entries: Map<string, { actor: Actor; until: number }>; generation: number };
const caches = new WeakMap<Db, Cache>();
const cacheOf = (db: Db) => (driverOf(db) === "pglite" ? (caches.get(db) ?? caches.set(db, { entries: new Map(), generation: 0 }).get(db)!) : null);

/**
 * Every change to sessions or accounts calls this after it is written: a user's sessions (sign-out everywhere,
 * password change or reset, disabling), one token (sign-out), or all. A read under way when it is called keeps
 * its answer out of the cache (the generation moved on).
 */
export function forgetSessions(db: Db, which: { userId?: number; tokenHash?: string } = {}): void {
  const cache = caches.get(db);
  if (!cache) return;
  cache.generation++;
  if (which.tokenHash) cache.entries.delete(which.tokenHash);
  else if (which.userId !== undefined) for (const [k, v] of cache.entries) v.actor.id === which.userId && cache.entries.delete(k);
  else cache.entries.clear();
}

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");
const wellFormed = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);

export async function createSession(db: Db, actor: Actor, address: string | null): Promise<{ token: string; maxAge: number }> {
  const token = randomBytes(32).toString("base64url");
  await db
    .insertInto("sessions")
    .values({ token_hash: hashToken(token), user_id: actor.id, address, expires_at: sql`now() + make_interval(secs => ${IDLE_S})` })
    .execute();
  await audit(db, actor, "sign-in", `user:${actor.username}`, address);
  if (!actor.mustChangePassword) cacheOf(db)?.entries.set(hashToken(token), { actor, until: Date.now() + CACHE_MS });
  return { token, maxAge: ABSOLUTE_S };
}

/** The signed-in user behind a cookie's token, or null (unknown, expired, ended, or the account disabled). */
export async function readSession(db: Db, token: string | undefined | null): Promise<Actor | null> {
  if (!token || !wellFormed(token)) return null;
  const hash = hashToken(token);
  const cache = cacheOf(db);
  const generation = cache?.generation;
  const hit = cache?.entries.get(hash);
  if (hit && hit.until > Date.now()) return hit.actor;
  const row = await actorQuery(db)
    .innerJoin("sessions as s", "s.user_id", "u.id")
    .select(["s.id as sessionId", sql<number>`extract(epoch from (now() - s.last_seen_at))::float8`.as("idle")])
    .where("s.token_hash", "=", hash)
    .where("s.expires_at", ">", sql<Date>`now()`)
    .where("s.created_at", ">", sql<Date>`now() - make_interval(secs => ${ABSOLUTE_S})`)
    .where("u.must_change_password", "=", false)
    .executeTakeFirst();
  if (!row) return null;
  if (row.idle > TOUCH_S) {
    await db
      .updateTable("sessions")
      .set({ last_seen_at: sql`now()`, expires_at: sql`now() + make_interval(secs => ${IDLE_S})` })
      .where("id", "=", row.sessionId)
      .execute();
  }
  const { sessionId: _, idle: __, ...rest } = row;
  const actor = toActor(rest);
  if (cache && cache.generation === generation) {
    if (cache.entries.size > 10_000) cache.entries.clear();
    cache.entries.set(hash, { actor, until: Date.now() + CACHE_MS });
  }
  return actor;
}

export async function endSession(db: Db, token: string, address: string | null): Promise<void> {
  const ended = await db.deleteFrom("sessions").where("token_hash", "=", hashToken(token)).returning("user_id").executeTakeFirst();
  forgetSessions(db, { tokenHash: hashToken(token) });
  if (!ended) return;
  const user = await db.selectFrom("users").select(["id", "username", "county_id as countyId"]).where("id", "=", ended.user_id).executeTakeFirst();
  if (user) await audit(db, user, "sign-out", `user:${user.username}`, address);
}

export async function endAllSessions(db: Db, actor: Actor, address: string | null): Promise<number> {
  const ended = await db.deleteFrom("sessions").where("user_id", "=", actor.id).executeTakeFirst();
  forgetSessions(db, { userId: actor.id });
  await audit(db, actor, "sign-out-everywhere", `user:${actor.username}`, address);
  return Number(ended.numDeletedRows);
}
