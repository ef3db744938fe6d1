// The server's database for the API routes, opened lazily on the first request that needs it: PostgreSQL when
// DATABASE_URL is a postgres:// URL, else PGlite in NIANBAO_DATA_DIR (./data) — but only if a database is already
// there (`nianbao admin init` creates it): starting the server never creates ./data. Server mode is on once a
// county exists; until then every route behaves as the offline tool does. Kept on globalThis: Next may load a
// module once per route bundle, and one PGlite folder must have one owner.
import { hasCounty } from "../../accounts/county";
import { closeDatabase, databaseUrl, defaultDataDir, hasDatabase, openDatabase, type Db } from "../../db/open-database";
import { migrate } from "../../db/migrate";
import { warmCheckPool } from "../check-pool";

type State = { opening?: Promise<Db>; db?: Db; county?: boolean; asking?: Promise<boolean>; override?: Db | null };
const KEY = Symbol.for("nianbao.server-db");
const state = ((globalThis as Record<symbol, State>)[KEY] ??= {});

/** The database if one is configured and present, else null (nothing is created). */
export async function serverDb(): Promise<Db | null> {
  if (state.override !== undefined) return state.override;
  if (state.db) return state.db;
  if (!state.opening) {
    const url = databaseUrl();
    const dataDir = defaultDataDir();
    if (!url && !hasDatabase(dataDir)) return null;
    state.opening = openDatabase(url ? { url } : { dataDir }).then(async (db) => {
      try {
        await migrate(db);
      } catch (e) {
        await db.destroy().catch(() => undefined); // a retry must not find the folder still open
        throw e;
      }
      return (state.db = db);
    });
    state.opening.catch(() => (state.opening = undefined));
  }
  return state.opening;
}

/** The database when server mode is on (a county exists), else null. */
export async function serverModeDb(): Promise<Db | null> {
  const db = await serverDb();
  if (!db) return null;
  if (state.county) return db;
  // One question at a time (300 requests arriving together ask once); a county is never removed.
  state.asking ??= hasCounty(db).finally(() => (state.asking = undefined));
  const on = await state.asking;
  if (on && !state.county) {
    state.county = true;
    warmCheckPool(); // server mode is on: the submission checker's threads start now, not at the first 报送
  }
  return on ? db : null;
}

/** Tests: route handlers on this database (null: as if none; undefined: back to the environment). */
export function useServerDbForTests(db: Db | null | undefined): void {
  state.override = db;
  state.county = state.asking = undefined;
}

/** Tests and shutdown: forget (and close) what was opened from the environment. */
export async function closeServerDb(): Promise<void> {
  const db = state.db;
  state.db = state.opening = state.county = undefined;
  if (db) await closeDatabase(db);
}
