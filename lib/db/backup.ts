// `nianbao admin backup <file>` / `restore <file>`: a logical backup, the same on both drivers — every row of every
// table as JSON lines, gzip-compressed. It moves a county between PGlite and a PostgreSQL server too (a county that
// outgrows the embedded database restores its backup into a city's server). Sessions and sign-in throttling are
// not kept: after a restore everyone signs in again. The audit log is restored as it was and gains one line.
import { gunzipSync, gzipSync } from "node:zlib";
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "./schema";
import type { Db } from "./open-database";
import { MIGRATIONS } from "./migrate";

export const BACKUP_FORMAT = "nianbao-backup";

/** Parents before children (foreign keys). */
const TABLES = ["counties", "units", "users", "submissions", "versions", "remarks", "deadlines", "audit_log"] as const;
type Table = (typeof TABLES)[number];
/** Tables whose id is GENERATED ALWAYS AS IDENTITY (their sequences are moved past the restored ids). */
const WITH_ID: readonly Table[] = ["counties", "units", "users", "submissions", "versions", "remarks", "audit_log"];

type Header = { format: typeof BACKUP_FORMAT; version: 1; createdAt: string; migrations: string[]; counts: Record<string, number> };
type Line = { table: Table; row: Record<string, unknown> };

export class BackupInvalid extends Error {}

const toJson = (v: unknown): unknown =>
  v instanceof Date ? v.toISOString() : v instanceof Uint8Array ? { $bytes: Buffer.from(v).toString("base64") } : v;
const fromJson = (v: unknown): unknown =>
  v && typeof v === "object" && "$bytes" in v ? new Uint8Array(Buffer.from(String((v as { $bytes: string }).$bytes), "base64")) : v;

async function appliedMigrations(db: Kysely<Database> | Transaction<Database>): Promise<string[]> {
  const r = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
  return r.rows.map((x) => x.name);
}

/** Every table in one consistent read (one transaction), as gzip'd JSON lines. */
export async function backupDatabase(db: Db): Promise<{ bytes: Uint8Array; counts: Record<string, number> }> {
  return db.transaction().setIsolationLevel("repeatable read").execute(async (tx) => {
    const lines: string[] = [];
    const counts: Record<string, number> = {};
    for (const table of TABLES) {
      const rows = await sql<Record<string, unknown>>`select * from ${sql.table(table)} order by 1`.execute(tx);
      counts[table] = rows.rows.length;
      for (const row of rows.rows) lines.push(JSON.stringify({ table, row: Object.fromEntries(Object.entries(row).map(([k, v]) => [k, toJson(v)])) }));
    }
    const header: Header = { format: BACKUP_FORMAT, version: 1, createdAt: new Date().toISOString(), migrations: await appliedMigrations(tx), counts };
    return { bytes: gzipSync(Buffer.from([JSON.stringify(header), ...lines].join("\n"), "utf8")), counts };
  });
}

function parseBackup(bytes: Uint8Array): { header: Header; lines: Line[] } {
  let text: string;
  try {
    text = gunzipSync(bytes).toString("utf8");
  } catch {
    throw new BackupInvalid("这不是年报助手的备份文件（无法解压）。");
  }
  const [first = "", ...rest] = text.split("\n");
  let header: Header;
  try {
    header = JSON.parse(first) as Header;
  } catch {
    throw new BackupInvalid("这不是年报助手的备份文件（缺少文件头）。");
  }
  if (header?.format !== BACKUP_FORMAT || header.version !== 1) throw new BackupInvalid("这不是年报助手的备份文件，或由不支持的版本生成。");
  const unknown = header.migrations.filter((m) => !(m in MIGRATIONS));
  if (unknown.length) throw new BackupInvalid(`备份来自更新版本的年报助手（数据库版本 ${unknown.join("、")}），请先升级本程序再恢复。`);
  const lines = rest.filter(Boolean).map((l, i) => {
    try {
      const line = JSON.parse(l) as Line;
      if (!TABLES.includes(line.table)) throw new Error();
      return line;
    } catch {
      throw new BackupInvalid(`备份文件第 ${i + 2} 行已损坏，未恢复任何数据。`);
    }
  });
  for (const table of TABLES) {
    const n = lines.filter((l) => l.table === table).length;
    if (n !== (header.counts[table] ?? 0)) throw new BackupInvalid(`备份文件不完整（${table} 应有 ${header.counts[table]} 行，实有 ${n} 行），未恢复任何数据。`);
  }
  return { header, lines };
}

async function insertRow(tx: Transaction<Database>, { table, row }: Line): Promise<void> {
  const cols = Object.keys(row);
  const override = WITH_ID.includes(table) ? sql` overriding system value` : sql``;
  await sql`insert into ${sql.table(table)} (${sql.join(cols.map((c) => sql.ref(c)))})${override} values (${sql.join(cols.map((c) => fromJson(row[c])))})`.execute(tx);
}

/** Into an empty, migrated database only; all or nothing. Returns the rows restored per table. */
export async function restoreDatabase(db: Db, bytes: Uint8Array): Promise<Record<string, number>> {
  const { header, lines } = parseBackup(bytes);
  return db.transaction().execute(async (tx) => {
    const used = await tx.selectFrom("counties").select("id").limit(1).executeTakeFirst();
    if (used) throw new BackupInvalid("目标数据库中已有数据：只能恢复到新的空数据库（新的数据目录，或新建的 PostgreSQL 数据库）。");
    for (const line of lines) await insertRow(tx, line);
    for (const table of WITH_ID) {
      await sql`select setval(pg_get_serial_sequence(${table}, 'id'), coalesce((select max(id) from ${sql.table(table)}), 0) + 1, false)`.execute(tx);
    }
    await tx.insertInto("audit_log").values({ county_id: null, user_id: null, username: "命令行", action: "restore", object: `backup:${header.createdAt}`, address: null }).execute();
    return header.counts;
  });
}
