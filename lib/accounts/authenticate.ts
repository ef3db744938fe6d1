// Sign-in and the first-login password change. Throttled before the password is even looked at; a wrong user
// name costs the same Argon2 work and gives the same answer as a wrong password.
import type { Db } from "../db/open-database";
import { cleanLine } from "../text/hygiene";
import { ServiceError } from "../db/service-error";
import { actorQuery, toActor, type Actor } from "./actor";
import { audit } from "./audit";
import { forgetSessions } from "./sessions";
import { hashPassword, newPasswordProblem, verifyNothing, verifyPassword } from "./password";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, clearThrottle, keyOfAccount, keyOfAddress, lockedFor, recordFailure } from "./throttle";

export type Credentials = { username: string; password: string; address: string | null };

const WRONG = "账号或密码不正确。";

function keys(username: string, address: string | null) {
  return [{ key: keyOfAccount(username), limit: ACCOUNT_LIMIT }, ...(address ? [{ key: keyOfAddress(address), limit: ADDRESS_LIMIT }] : [])];
}

/**
 * The user whose password this is — 401 wrong, 429 throttled (`retryAfter` seconds). The caller decides what a
 * one-time password allows (`mustChangePassword`: only POST /api/session/password).
 */
export async function authenticate(db: Db, { username, password, address }: Credentials): Promise<Actor> {
  const name = typeof username === "string" ? cleanLine(username) : ""; // never a NUL or a lone surrogate into SQL text
  if (!name || name.length > 100 || typeof password !== "string" || password.length > 1000) throw new ServiceError(401, WRONG);
  const throttle = keys(name, address);
  const wait = await lockedFor(db, throttle);
  if (wait > 0) throw new ServiceError(429, `登录失败次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试。`, { retryAfter: wait });
  const row = await actorQuery(db).where("u.username", "=", name).executeTakeFirst();
  const ok = row ? await verifyPassword(row.passwordHash, password) : (await verifyNothing(password), false);
  if (!row || !ok) {
    await recordFailure(db, throttle.map((k) => k.key));
    await audit(db, { id: row?.id ?? null, username: name.slice(0, 100), countyId: row?.countyId ?? null }, "sign-in-failed", `user:${name.slice(0, 100)}`, address);
    throw new ServiceError(401, WRONG);
  }
  await clearThrottle(db, keyOfAccount(name));
  return toActor(row);
}

export type PasswordChange = Credentials & { newPassword: string };

/** POST /api/session/password: the old (or one-time) password, then a new one; every other session ends. */
export async function changePassword(db: Db, change: PasswordChange): Promise<Actor> {
  const actor = await authenticate(db, change);
  const problem = typeof change.newPassword === "string" ? newPasswordProblem(change.password, change.newPassword, actor.username) : "请输入新密码。";
  if (problem) throw new ServiceError(400, problem);
  const hash = await hashPassword(change.newPassword);
  await db.transaction().execute(async (tx) => {
    await tx.updateTable("users").set({ password_hash: hash, must_change_password: false, password_changed_at: new Date() }).where("id", "=", actor.id).execute();
    await tx.deleteFrom("sessions").where("user_id", "=", actor.id).execute();
    await audit(tx, actor, "change-password", `user:${actor.username}`, change.address);
  });
  forgetSessions(db, { userId: actor.id });
  return { ...actor, mustChangePassword: false };
}
