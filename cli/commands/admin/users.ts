// nianbao admin users [reset|disable|enable <账号>]: the county's accounts; a new one-time password (every session
// of that account ended, its sign-in lock lifted); disable or enable an account (disabling ends its sessions).
import { disableUser, listUsers, resetPassword } from "../../../lib/accounts";
import { ServiceError } from "../../../lib/db";
import { ADMIN_USAGE } from "../../usage";
import { CliError, EXIT, type Out } from "../../io";
import { parseAdminArgs } from "./args";
import { pickCounty, withDatabase } from "./open";

export const USERS_USAGE = ADMIN_USAGE.users;

const ROLE = { clerk: "单位填报", reviewer: "县审核", admin: "管理员（兼审核）" } as const;

export async function adminUsers(args: string[], out: Out): Promise<number> {
  const a = parseAdminArgs(args, ["--county", "--data-dir"], [], USERS_USAGE);
  const [verb, username, ...rest] = a.words;
  if (rest.length || (verb && !["reset", "disable", "enable"].includes(verb)) || (verb && !username)) throw new CliError(`用法：${USERS_USAGE}`);
  return withDatabase({ dataDir: a.options.get("--data-dir") }, false, async (db) => {
    const county = await pickCounty(db, a.options.get("--county"));
    try {
      if (verb === "reset") {
        const r = await resetPassword(db, county.id, username!);
        out.log(`账号 ${r.username} 的新初始密码：${r.password}\n（只显示这一次；该账号已在所有设备上退出，首次登录时须修改密码。）`);
      } else if (verb === "disable" || verb === "enable") {
        await disableUser(db, county.id, username!, verb === "disable");
        out.log(verb === "disable" ? `账号 ${username} 已停用，并已在所有设备上退出。` : `账号 ${username} 已恢复使用。`);
      } else {
        const users = await listUsers(db, county.id);
        out.log([`「${county.name}」共 ${users.length} 个账号`, "账号\t角色\t单位\t状态", ...users.map((u) => [u.username, ROLE[u.role], u.unit ?? "—", u.disabled ? "已停用" : u.mustChangePassword ? "待首次登录" : "正常"].join("\t"))].join("\n"));
      }
    } catch (e) {
      if (e instanceof ServiceError) throw new CliError(e.message);
      throw e;
    }
    return EXIT.ok;
  });
}
