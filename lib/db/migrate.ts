// Versioned migrations (Kysely's Migrator): each file in migrations/ is named by its order and never edited after
// landing. The list is written here, not read from the folder, so a bundled server (Next) and the CLI carry it.
import { Migrator, type Migration, type MigrationProvider, type MigrationResultSet } from "kysely";
import type { Db } from "./open-database";
import * as m0001 from "./migrations/0001-initial";

export const MIGRATIONS: Record<string, Migration> = { "0001-initial": m0001 };

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

export class MigrationFailed extends Error {}

/** Brings the schema up to date; running it again does nothing. Returns the names applied now. */
export async function migrate(db: Db): Promise<string[]> {
  const { error, results }: MigrationResultSet = await new Migrator({ db, provider }).migrateToLatest();
  if (error) throw new MigrationFailed(`数据库升级失败：${error instanceof Error ? error.message : String(error)}`);
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}
