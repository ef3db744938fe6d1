// Kysely over PGlite (PostgreSQL compiled to WebAssembly, one process, one connection). Every query and every
// transaction holds the one connection through a queue (FIFO), so a transaction never interleaves with another
// request's statements; the SQL is PostgreSQL's, compiled and introspected by Kysely's Postgres classes.
// Like node-postgres, a query without parameters goes through the simple protocol (several statements allowed).
import type { PGlite } from "@electric-sql/pglite";
import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type DatabaseConnection,
  type Dialect,
  type Driver,
  type Kysely,
  type QueryResult,
} from "kysely";

/** A FIFO lock: `acquire` resolves with the function that releases it. */
function createLock() {
  let tail: Promise<void> = Promise.resolve();
  return {
    acquire(): Promise<() => void> {
      let release!: () => void;
      const held = new Promise<void>((r) => (release = r));
      const ready = tail.then(() => release);
      tail = tail.then(() => held);
      return ready;
    },
  };
}

type Result = { rows: unknown[]; affectedRows?: number };

class PgliteConnection implements DatabaseConnection {
  constructor(private readonly pg: PGlite) {}

  async executeQuery<R>(query: CompiledQuery): Promise<QueryResult<R>> {
    const result: Result = query.parameters.length
      ? await this.pg.query(query.sql, [...query.parameters])
      : ((await this.pg.exec(query.sql)).at(-1) ?? { rows: [] });
    const affected = result.affectedRows;
    return { rows: result.rows as R[], ...(affected !== undefined && !/^\s*select/i.test(query.sql) ? { numAffectedRows: BigInt(affected) } : {}) };
  }

  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error("PGlite: streaming is not supported");
  }
}

class PgliteDriver implements Driver {
  private readonly lock = createLock();
  private readonly connection: PgliteConnection;
  private readonly releases: (() => void)[] = [];

  constructor(private readonly pg: PGlite) {
    this.connection = new PgliteConnection(pg);
  }

  async init(): Promise<void> {
    await this.pg.waitReady;
  }
  async acquireConnection(): Promise<DatabaseConnection> {
    this.releases.push(await this.lock.acquire());
    return this.connection;
  }
  async beginTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw("begin"));
  }
  async commitTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw("commit"));
  }
  async rollbackTransaction(c: DatabaseConnection): Promise<void> {
    await c.executeQuery(CompiledQuery.raw("rollback"));
  }
  async releaseConnection(): Promise<void> {
    this.releases.shift()?.();
  }
  async destroy(): Promise<void> {
    const release = await this.lock.acquire(); // after the last queued query
    try {
      if (!this.pg.closed) await this.pg.close();
    } finally {
      release();
    }
  }
}

export class PgliteDialect implements Dialect {
  constructor(private readonly pg: PGlite) {}
  createAdapter = () => new PostgresAdapter();
  createDriver = () => new PgliteDriver(this.pg);
  createQueryCompiler = () => new PostgresQueryCompiler();
  createIntrospector = (db: Kysely<unknown>) => new PostgresIntrospector(db);
}
