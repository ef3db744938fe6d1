// openDatabase on PostgreSQL (DATABASE_URL): a connection the server ends while it sits idle in the pool (a
// PostgreSQL restart, an admin's pg_terminate_backend) is forgotten, not an unhandled 'error' that ends the
// process; the next query opens a new one.
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_DRIVERS, type TestDatabase } from "../../test-support/db-drivers";

const postgres = TEST_DRIVERS.filter((d) => d.name === "PostgreSQL");

describe.skipIf(postgres.length === 0).each(postgres)("openDatabase on $name", (driver) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await driver.create(false);
  });
  afterAll(() => t.dispose());

  it("survives the server ending its idle connections, and answers the next query", async () => {
    const pids = async () => (await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(t.db)).rows[0]!.pid;
    const before = await pids(); // one connection, idle in the pool from here
    const { default: pg } = await import("pg");
    const admin = new pg.Client({ connectionString: process.env.NIANBAO_TEST_DATABASE_URL });
    await admin.connect();
    await admin.query("select pg_terminate_backend($1)", [before]);
    await admin.end();
    await new Promise((r) => setTimeout(r, 300)); // the pool hears of it (and would throw it, unhandled)
    expect(await pids()).not.toBe(before);
  });
});
