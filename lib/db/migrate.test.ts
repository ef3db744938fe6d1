// Migrations from an empty database, idempotence, persistence across close/reopen, and the append-only audit log.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIGRATIONS, migrate } from "./migrate";
import { TEST_DRIVERS, type TestDatabase } from "../../test-support/db-drivers";

describe.each(TEST_DRIVERS)("database on $name", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await driver.create(false);
  });
  afterAll(() => t.dispose());

  it("migrates an empty database to the latest schema, every migration once", async () => {
    expect(await migrate(t.db)).toEqual(Object.keys(MIGRATIONS));
    const tables = await sql<{ table_name: string }>`select table_name from information_schema.tables where table_schema = 'public' order by 1`.execute(t.db);
    for (const name of ["audit_log", "counties", "deadlines", "login_throttle", "remarks", "sessions", "submissions", "units", "users", "versions"]) {
      expect(tables.rows.map((r) => r.table_name)).toContain(name);
    }
  });

  it("migrating again changes nothing", async () => {
    expect(await migrate(t.db)).toEqual([]);
  });

  it("the audit log refuses UPDATE, DELETE and TRUNCATE in SQL", async () => {
    await t.db.insertInto("audit_log").values({ action: "test", object: "x", username: "u" }).execute();
    await expect(sql`update audit_log set action = 'changed'`.execute(t.db)).rejects.toThrow(/审计日志只能追加/);
    await expect(sql`delete from audit_log`.execute(t.db)).rejects.toThrow(/审计日志只能追加/);
    await expect(sql`truncate audit_log`.execute(t.db)).rejects.toThrow(/审计日志只能追加/);
    const rows = await t.db.selectFrom("audit_log").select(["action", "object"]).execute();
    expect(rows).toEqual([{ action: "test", object: "x" }]);
  });

  it("keeps its data across close and reopen", async () => {
    await t.db.insertInto("counties").values({ name: "持久县" }).execute();
    const db = await t.reopen();
    expect(await migrate(db)).toEqual([]);
    expect((await db.selectFrom("counties").select("name").execute()).map((c) => c.name)).toEqual(["持久县"]);
    expect((await db.selectFrom("audit_log").select("action").execute()).map((r) => r.action)).toEqual(["test"]);
  });
});
