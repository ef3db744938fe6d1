// Sign-in throttling, measured in the database (a restart forgets nothing): per account (「account:<name>」, known
// or not) and per address (「address:<ip>」, higher: a township office shares one address). From the limit on,
// each failure locks for twice as long (30 s, 1 min, 2 min … at most 15 min); while locked even the right
// password is refused. Failures older than 15 minutes are forgotten.
import { sql } from "kysely";
import type { Db } from "../db/open-database";

export const ACCOUNT_LIMIT = 5;
export const ADDRESS_LIMIT = 30;
const WINDOW_S = 15 * 60;
const MAX_LOCK_S = 15 * 60;

export const keyOfAccount = (username: string) => `account:${username.toLowerCase()}`;
export const keyOfAddress = (address: string) => `address:${address}`;

export function lockSeconds(failures: number, limit: number): number {
  if (failures < limit) return 0;
  return Math.min(MAX_LOCK_S, 30 * 2 ** Math.min(failures - limit, 10));
}

/** Seconds to wait (0: may try now), the longest over the keys. */
export async function lockedFor(db: Db, keys: { key: string; limit: number }[]): Promise<number> {
  const rows = await db
    .selectFrom("login_throttle")
    .select(["key", "failures", sql<number>`extract(epoch from (now() - last_failure_at))::float8`.as("age")])
    .where("key", "in", keys.map((k) => k.key))
    .execute();
  let wait = 0;
  for (const r of rows) {
    const limit = keys.find((k) => k.key === r.key)!.limit;
    wait = Math.max(wait, Math.ceil(lockSeconds(r.failures, limit) - r.age));
  }
  return wait;
}

export async function recordFailure(db: Db, keys: string[]): Promise<void> {
  for (const key of keys) {
    await db
      .insertInto("login_throttle")
      .values({ key, failures: 1, last_failure_at: sql`now()` })
      .onConflict((c) =>
        c.column("key").doUpdateSet({
          failures: sql`case when login_throttle.last_failure_at < now() - make_interval(secs => ${WINDOW_S}) then 1 else login_throttle.failures + 1 end`,
          last_failure_at: sql`now()`,
        }),
      )
      .execute();
  }
}

export async function clearThrottle(db: Db, key: string): Promise<void> {
  await db.deleteFrom("login_throttle").where("key", "=", key).execute();
}
