// Which database an admin command works on: DATABASE_URL (postgres://…) when set, else PGlite in --data-dir,
// NIANBAO_DATA_DIR or ./data — the same rule as the server (lib/server/api/server-db.ts). Brought up to date
// (migrations) before any command; closed afterwards, which frees the data directory for the server.
import path from "node:path";
import { countyByName } from "../../../lib/accounts";
import { closeDatabase, databaseUrl, defaultDataDir, migrate, NoDatabase, openDatabase, type Db } from "../../../lib/db";
import { DataDirBusy } from "../../../lib/db/data-dir-lock";
import { CliError } from "../../io";

export type Where = { dataDir?: string };

/** For messages: where the data is, without a password from the URL. */
export function describeWhere(where: Where): string {
  const url = databaseUrl();
  if (url) {
    const u = new URL(url);
    return `PostgreSQL ${u.hostname}${u.port ? ":" + u.port : ""}${u.pathname}`;
  }
  return `数据目录 ${path.resolve(where.dataDir ?? defaultDataDir())}`;
}

export async function withDatabase<T>(where: Where, create: boolean, work: (db: Db) => Promise<T>): Promise<T> {
  const url = databaseUrl();
  let db: Db;
  try {
    db = await openDatabase(url ? { url } : { dataDir: where.dataDir ?? defaultDataDir(), create });
    await migrate(db);
  } catch (e) {
    if (e instanceof NoDatabase || e instanceof DataDirBusy) throw new CliError(e.message);
    const code = (e as { code?: string }).code;
    if (url && (code === "ECONNREFUSED" || code === "ENOTFOUND" || code === "28P01" || code === "3D000")) {
      throw new CliError(`无法连接数据库（${describeWhere(where)}）：请检查 DATABASE_URL 中的地址、端口、用户名、密码和数据库名`);
    }
    throw e;
  }
  try {
    return await work(db);
  } finally {
    await closeDatabase(db);
  }
}

/** The county a command is for: --county, or the only one there is. */
export async function pickCounty(db: Db, name: string | undefined): Promise<{ id: number; name: string }> {
  if (name) {
    const county = await countyByName(db, name);
    if (!county) throw new CliError(`没有「${name}」：请检查名称，或先运行 nianbao admin init --county ${name}`);
    return county;
  }
  const all = await db.selectFrom("counties").select(["id", "name"]).orderBy("id").execute();
  if (all.length === 0) throw new CliError("还没有设置县（区）：请先运行 nianbao admin init --county 县名");
  if (all.length > 1) throw new CliError(`数据库中有 ${all.length} 个县（区）（${all.map((c) => c.name).join("、")}），请用 --county 指定一个`);
  return all[0]!;
}
