// nianbao admin init --county 示例县: creates the database (PGlite: the data directory) if needed, the county and
// its admin account 「admin」 with a one-time password, printed once (the admin changes it at first sign-in).
import { initCounty } from "../../../lib/accounts";
import { ServiceError } from "../../../lib/db";
import { ADMIN_USAGE } from "../../usage";
import { CliError, EXIT, type Out } from "../../io";
import { parseAdminArgs } from "./args";
import { describeWhere, withDatabase } from "./open";

export const INIT_USAGE = ADMIN_USAGE.init;

export async function adminInit(args: string[], out: Out): Promise<number> {
  const a = parseAdminArgs(args, ["--county", "--data-dir"], [], INIT_USAGE);
  const county = a.options.get("--county");
  if (!county || a.words.length) throw new CliError(`用法：${INIT_USAGE}`);
  const where = { dataDir: a.options.get("--data-dir") };
  const done = await withDatabase(where, true, async (db) => {
    try {
      return await initCounty(db, { county });
    } catch (e) {
      if (e instanceof ServiceError) throw new CliError(e.message);
      throw e;
    }
  });
  out.log(
    [
      `已设置「${county.trim()}」（${describeWhere(where)}）。`,
      `管理员账号：${done.username}`,
      `初始密码：${done.adminPassword}`,
      "（初始密码只显示这一次；首次登录时须设置新密码。管理员同时是县政务公开办的审核人员。）",
      "下一步：nianbao admin import-units 名单.xlsx --out 账号.csv，为各单位建立账号。",
    ].join("\n"),
  );
  return EXIT.ok;
}
