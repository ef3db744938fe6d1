// nianbao admin import-units 名单.xlsx|.csv|.txt [--out 账号.csv]: one unit and one clerk account per roster line
// (the roster format the desk reads: lib/review/roster.ts), each with a one-time password — written to --out
// (readable by its owner only) or printed. Units already there are skipped and named; running it twice adds nothing.
import { readFile, writeFile } from "node:fs/promises";
import { importUnits } from "../../../lib/accounts";
import { ServiceError } from "../../../lib/db";
import { parseRoster } from "../../../lib/review/roster";
import { ADMIN_USAGE } from "../../usage";
import { CliError, EXIT, checkOutput, fileReason, type Out } from "../../io";
import { accountsCsv } from "./accounts-csv";
import { parseAdminArgs } from "./args";
import { pickCounty, withDatabase } from "./open";

export const IMPORT_UNITS_USAGE = ADMIN_USAGE.importUnits;

async function readRoster(file: string): Promise<string[]> {
  const bytes = await readFile(file).catch((e: unknown) => {
    throw new CliError(`无法读取名单 ${file}：${fileReason(e)}`);
  });
  try {
    return await parseRoster({ name: file, bytes: new Uint8Array(bytes) } as Parameters<typeof parseRoster>[0]); // id: the name
  } catch (e) {
    throw new CliError(e instanceof Error ? e.message : String(e));
  }
}

export async function adminImportUnits(args: string[], out: Out): Promise<number> {
  const a = parseAdminArgs(args, ["--out", "--county", "--data-dir"], ["--force"], IMPORT_UNITS_USAGE);
  if (a.words.length !== 1) throw new CliError(`用法：${IMPORT_UNITS_USAGE}`);
  const [file] = a.words as [string];
  const output = a.options.get("--out");
  if (output) await checkOutput(file, output, a.flags.has("--force"));
  const names = await readRoster(file);
  if (names.length === 0) throw new CliError(`名单 ${file} 中没有单位名称（每行一个，或 .xlsx/.csv 的第一列）`);
  const result = await withDatabase({ dataDir: a.options.get("--data-dir") }, false, async (db) => {
    const county = await pickCounty(db, a.options.get("--county"));
    try {
      return { county, ...(await importUnits(db, county.id, names)) };
    } catch (e) {
      if (e instanceof ServiceError) throw new CliError(e.message);
      throw e;
    }
  });
  const lines = [`「${result.county.name}」新建 ${result.created.length} 个单位账号${result.skipped.length ? `，${result.skipped.length} 个单位已有账号，未改动：${result.skipped.join("、")}` : ""}。`];
  if (result.created.length && output) {
    await writeFile(output, accountsCsv(result.created), { mode: 0o600 }).catch((e: unknown) => {
      throw new CliError(`账号已建立，但无法写入 ${output}：${fileReason(e)}。请用 nianbao admin users reset <账号> 重新生成初始密码`);
    });
    lines.push(`账号和初始密码已写入 ${output}（只有本人可读）。请分发给各单位后妥善销毁；初始密码首次登录时须修改。`);
  } else if (result.created.length) {
    lines.push("单位\t账号\t初始密码", ...result.created.map((c) => `${c.unit}\t${c.username}\t${c.password}`), "（初始密码只显示这一次；首次登录时须修改。）");
  }
  out.log(lines.join("\n"));
  return EXIT.ok;
}
