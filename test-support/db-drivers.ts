// Test support: the same test bodies on every driver (describe.each). PGlite always, in a temporary folder per
// test file; PostgreSQL when NIANBAO_TEST_DATABASE_URL is set (.ci/run starts a throwaway cluster), in a fresh
// database per call, dropped afterwards.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { closeDatabase, openDatabase, type Db } from "../lib/db/open-database";
import { migrate } from "../lib/db/migrate";

export type TestDatabase = { db: Db; reopen: () => Promise<Db>; dispose: () => Promise<void> };
export type TestDriver = { name: string; create: (migrated?: boolean) => Promise<TestDatabase> };

/** A test database that can be closed and opened again (`open`), and is removed with `remove` after closing. */
function reopenable(first: Db, open: () => Promise<Db>, remove: () => Promise<void> | void): TestDatabase {
  let db = first;
  return {
    get db() {
      return db;
    },
    async reopen() {
      await closeDatabase(db);
      return (db = await open());
    },
    async dispose() {
      await closeDatabase(db).catch(() => undefined);
      await remove();
    },
  };
}

const pglite: TestDriver = {
  name: "PGlite",
  async create(migrated = true) {
    const dir = mkdtempSync(path.join(tmpdir(), "nianbao-db-"));
    const db = await openDatabase({ dataDir: dir, create: true });
    if (migrated) await migrate(db);
    return reopenable(db, () => openDatabase({ dataDir: dir }), () => rmSync(dir, { recursive: true, force: true }));
  },
};

function postgres(url: string): TestDriver {
  return {
    name: "PostgreSQL",
    async create(migrated = true) {
      const { default: pg } = await import("pg");
      const name = `nianbao_test_${randomBytes(6).toString("hex")}`;
      const admin = new pg.Client({ connectionString: url });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      const own = new URL(url);
      own.pathname = `/${name}`;
      const db = await openDatabase({ url: own.toString() });
      if (migrated) await migrate(db);
      return reopenable(db, () => openDatabase({ url: own.toString() }), async () => {
        const c = new pg.Client({ connectionString: url });
        await c.connect();
        await c.query(`drop database if exists ${name} with (force)`);
        await c.end();
      });
    },
  };
}

const url = process.env.NIANBAO_TEST_DATABASE_URL;
export const TEST_DRIVERS: TestDriver[] = [pglite, ...(url ? [postgres(url)] : [])];
