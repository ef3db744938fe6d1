// The admin's operations on accounts (the CLI's `nianbao admin users`): list, reset a password (a new one-time
// password, every session ended, the lock lifted), disable (every session ended). The CLI runs on the server
// itself, so these act for the operator (「命令行」) within one county.
import type { Db } from "../db/open-database";
import { ServiceError } from "../db/service-error";
import type { Role } from "../db/schema";
import { audit } from "./audit";
import { forgetSessions } from "./sessions";
import { hashPassword, randomPassword } from "./password";
import { clearThrottle } from "./throttle";

export type UserListItem = { username: string; role: Role; unit: string | null; disabled: boolean; mustChangePassword: boolean };

export async function listUsers(db: Db, countyId: number): Promise<UserListItem[]> {
  const rows = await db
    .selectFrom("users as u")
    .leftJoin("units as n", "n.id", "u.unit_id")
    .select(["u.username", "u.role", "n.name as unit", "u.disabled", "u.must_change_password as mustChangePassword"])
    .where("u.county_id", "=", countyId)
    .orderBy("u.id")
    .execute();
  return rows;
}

async function userInCounty(db: Db, countyId: number, username: string) {
  const user = await db.selectFrom("users").select(["id", "username"]).where("username", "=", username).where("county_id", "=", countyId).executeTakeFirst();
  if (!user) throw new ServiceError(404, `没有账号「${username}」。`);
  return user;
}

export async function resetPassword(db: Db, countyId: number, username: string): Promise<{ username: string; password: string }> {
  const user = await userInCounty(db, countyId, username);
  const password = randomPassword();
  const hash = await hashPassword(password);
  await db.transaction().execute(async (tx) => {
    await tx.updateTable("users").set({ password_hash: hash, must_change_password: true, password_changed_at: new Date() }).where("id", "=", user.id).execute();
    await tx.deleteFrom("sessions").where("user_id", "=", user.id).execute();
    await audit(tx, { id: null, username: "命令行", countyId }, "reset-password", `user:${user.username}`, null);
  });
  forgetSessions(db, { userId: user.id });
  await clearThrottle(db, `account:${user.username}`);
  return { username: user.username, password };
}

export async function disableUser(db: Db, countyId: number, username: string, disabled = true): Promise<void> {
  const user = await userInCounty(db, countyId, username);
  await db.transaction().execute(async (tx) => {
    await tx.updateTable("users").set({ disabled }).where("id", "=", user.id).execute();
    if (disabled) await tx.deleteFrom("sessions").where("user_id", "=", user.id).execute();
    await audit(tx, { id: null, username: "命令行", countyId }, disabled ? "disable-user" : "enable-user", `user:${user.username}`, null);
  });
  forgetSessions(db, { userId: user.id });
}
