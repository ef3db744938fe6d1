// nianbao admin backup <文件> / restore <文件>: the logical backup of lib/db/backup.ts. A backup never overwrites a
// file (unless --force) and is written readable by its owner only (it holds password hashes and every report).
// Restore only into an empty database: a new data directory, or a newly created PostgreSQL database.
import { readFile, writeFile } from "node:fs/promises";
import { BackupInvalid, backupDatabase, restoreDatabase } from "../../../lib/db/backup";
import { ADMIN_USAGE } from "../../usage";
import { CliError, EXIT, checkOutput, fileReason, type Out } from "../../io";
import { parseAdminArgs } from "./args";
import { describeWhere, withDatabase } from "./open";

export const BACKUP_USAGE = ADMIN_USAGE.backup;
export const RESTORE_USAGE = ADMIN_USAGE.restore;

const summary = (counts: Record<string, number>) =>
  `${counts.counties ?? 0} 个县（区）、${counts.units ?? 0} 个单位、${counts.users ?? 0} 个账号、${counts.submissions ?? 0} 份报送（${counts.versions ?? 0} 个版本）、${counts.remarks ?? 0} 条审核意见、${counts.audit_log ?? 0} 条审计日志`;

export async function adminBackup(args: string[], out: Out): Promise<number> {
  const a = parseAdminArgs(args, ["--data-dir"], ["--force"], BACKUP_USAGE);
  if (a.words.length !== 1) throw new CliError(`用法：${BACKUP_USAGE}`);
  const [file] = a.words as [string];
  await checkOutput([], file, a.flags.has("--force"));
  const where = { dataDir: a.options.get("--data-dir") };
  const { bytes, counts } = await withDatabase(where, false, backupDatabase);
  await writeFile(file, bytes, { mode: 0o600 }).catch((e: unknown) => {
    throw new CliError(`无法写入 ${file}：${fileReason(e)}`);
  });
  out.log(`已备份 ${describeWhere(where)} 到 ${file}（${(bytes.length / 1024).toFixed(0)} KB）：${summary(counts)}。`);
  return EXIT.ok;
}

export async function adminRestore(args: string[], out: Out): Promise<number> {
  const a = parseAdminArgs(args, ["--data-dir"], [], RESTORE_USAGE);
  if (a.words.length !== 1) throw new CliError(`用法：${RESTORE_USAGE}`);
  const [file] = a.words as [string];
  const bytes = await readFile(file).catch((e: unknown) => {
    throw new CliError(`无法读取备份文件 ${file}：${fileReason(e)}`);
  });
  const where = { dataDir: a.options.get("--data-dir") };
  const counts = await withDatabase(where, true, async (db) => {
    try {
      return await restoreDatabase(db, new Uint8Array(bytes));
    } catch (e) {
      if (e instanceof BackupInvalid) throw new CliError(e.message);
      throw e;
    }
  });
  out.log(`已从 ${file} 恢复到 ${describeWhere(where)}：${summary(counts)}。所有人需要重新登录。`);
  return EXIT.ok;
}
