// One code path over two drivers: PGlite with its data in a folder (the default: `NIANBAO_DATA_DIR`, ./data), or a
// PostgreSQL server when a `postgres://` URL is given (DATABASE_URL). Opening never creates anything unless asked
// (`create: true`, used by `admin init`): a server that only starts must not leave a ./data behind.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { Kysely, PostgresDialect } from "kysely";
import type { Database } from "./schema";
import { PgliteDialect } from "./pglite-dialect";
import { lockDataDir, unlockDataDir } from "./data-dir-lock";

export type Db = Kysely<Database>;
export type OpenOptions = { dataDir?: string; url?: string; create?: boolean };

export class NoDatabase extends Error {}

/** PGlite keeps a PostgreSQL data directory: PG_VERSION is there once it was created. */
export const hasDatabase = (dataDir: string) => existsSync(path.join(/* turbopackIgnore: true */ dataDir, "PG_VERSION"));

export const defaultDataDir = () => path.resolve(/* turbopackIgnore: true */ process.env.NIANBAO_DATA_DIR || "data");

/** DATABASE_URL when it names a PostgreSQL server; otherwise the embedded database (the server and the CLI alike). */
export function databaseUrl(): string | undefined {
  const url = process.env.DATABASE_URL ?? "";
  return /^postgres(ql)?:\/\//.test(url) ? url : undefined;
}

const drivers = new WeakMap<Db, "pglite" | "postgres">();
const dataDirs = new WeakMap<Db, string>();
export const driverOf = (db: Db) => drivers.get(db) ?? "postgres";

export async function openDatabase({ dataDir, url, create = false }: OpenOptions = {}): Promise<Db> {
  if (url) {
    const { default: pg } = await import("pg");
    // int8 (count(*)) as a number: counts here are far below 2^53.
    pg.types.setTypeParser(20, (v: string) => Number(v));
    const pool = new pg.Pool({ connectionString: url, max: 10 });
    // An idle connection the server ended (a restart, an admin, the network): node-postgres emits it on the pool,
    // and an 'error' nobody listens to ends the process. The pool opens a new connection for the next query.
    pool.on("error", (e) => console.error("数据库连接已断开，下次查询时重新连接：", e.message));
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
    drivers.set(db, "postgres");
    return db;
  }
  const dir = path.resolve(/* turbopackIgnore: true */ dataDir ?? defaultDataDir());
  if (!hasDatabase(dir)) {
    if (!create) throw new NoDatabase(`数据目录 ${dir} 中没有数据库（先运行 nianbao admin init）`);
    mkdirSync(dir, { recursive: true });
  }
  lockDataDir(dir); // one process per data directory (data-dir-lock.ts)
  try {
    const { PGlite } = await import("@electric-sql/pglite");
    const pglite = await PGlite.create(dir, { parsers: { 20: (v: string) => Number(v) } });
    const db = new Kysely<Database>({ dialect: new PgliteDialect(pglite) });
    drivers.set(db, "pglite");
    dataDirs.set(db, dir);
    return db;
  } catch (e) {
    unlockDataDir(dir);
    throw e;
  }
}

export async function closeDatabase(db: Db): Promise<void> {
  await db.destroy();
  const dir = dataDirs.get(db);
  if (dir) unlockDataDir(dir);
  dataDirs.delete(db);
}
