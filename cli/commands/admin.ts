// nianbao admin <init|import-units|users|backup|restore>: server mode's set-up and operations (issue #26), on
// the database the server uses (DATABASE_URL, or PGlite in --data-dir / NIANBAO_DATA_DIR / ./data). With the
// embedded database, run them while the server is stopped: one process owns a data directory at a time.
import { CliError, type Out } from "../io";
import { ADMIN_USAGE } from "../usage";

const SUBCOMMANDS: Record<string, (args: string[], out: Out) => Promise<number>> = {
  init: async (a, o) => (await import("./admin/init")).adminInit(a, o),
  "import-units": async (a, o) => (await import("./admin/import-units")).adminImportUnits(a, o),
  users: async (a, o) => (await import("./admin/users")).adminUsers(a, o),
  backup: async (a, o) => (await import("./admin/backup")).adminBackup(a, o),
  restore: async (a, o) => (await import("./admin/backup")).adminRestore(a, o),
};

export async function adminCommand(args: string[], out: Out): Promise<number> {
  const [name, ...rest] = args;
  const sub = name ? SUBCOMMANDS[name] : undefined;
  if (!sub) throw new CliError(`${name ? `未知的 admin 命令：${name}\n` : ""}用法：\n  ${Object.values(ADMIN_USAGE).join("\n  ")}`);
  return sub(rest, out);
}
