// Sessions and the account operations around them, on every driver: a session read from the cache (PGlite)
// ends as soon as the account changes; throttling arithmetic; the admin's reset and disable.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_DRIVERS, type TestDatabase } from "../../test-support/db-drivers";
import { setUpCounty, type County } from "../../test-support/server-mode";
import { authenticate, changePassword, createSession, disableUser, endAllSessions, endSession, listUsers, lockSeconds, readSession, resetPassword } from ".";

describe("lockSeconds", () => {
  it("nothing below the limit, then 30 s doubling per failure up to 15 minutes", () => {
    expect([4, 5, 6, 7, 10, 11, 50].map((n) => lockSeconds(n, 5))).toEqual([0, 30, 60, 120, Math.min(900, 30 * 2 ** 5), 900, 900]);
  });
});

describe.each(TEST_DRIVERS)("sessions on $name", (driver) => {
  let t: TestDatabase;
  let c: County;
  beforeAll(async () => {
    t = await driver.create();
    c = await setUpCounty(t.db, "会话县", ["甲镇", "乙镇"]);
  });
  afterAll(() => t.dispose());

  const signIn = async (username: string) => {
    const actor = await authenticate(t.db, { username, password: c.passwords.get(username)!, address: null });
    return (await createSession(t.db, actor, null)).token;
  };

  it("a session reads back its user, twice (the second from the cache on PGlite)", async () => {
    const token = await signIn("u0001");
    expect((await readSession(t.db, token))?.unitName).toBe("甲镇");
    expect((await readSession(t.db, token))?.unitName).toBe("甲镇");
    expect(await readSession(t.db, token.slice(1) + "A")).toBeNull();
    expect(await readSession(t.db, "not a token")).toBeNull();
  });

  it("sign-out ends one session, sign-out everywhere all of them, at once", async () => {
    const a = await signIn("u0001");
    const b = await signIn("u0001");
    await readSession(t.db, a);
    await endSession(t.db, a, null);
    expect(await readSession(t.db, a)).toBeNull();
    expect((await readSession(t.db, b))?.username).toBe("u0001");
    const actor = (await readSession(t.db, b))!;
    const open = await t.db.selectFrom("sessions").select("id").where("user_id", "=", actor.id).execute();
    expect(await endAllSessions(t.db, actor, null)).toBe(open.length); // b and the session of the test before
    expect(open.length).toBe(2);
    expect(await readSession(t.db, b)).toBeNull();
  });

  it("disabling an account ends its sessions at once and refuses its sign-in", async () => {
    const token = await signIn("u0002");
    expect(await readSession(t.db, token)).not.toBeNull();
    await disableUser(t.db, c.countyId, "u0002");
    expect(await readSession(t.db, token)).toBeNull();
    const e = await authenticate(t.db, { username: "u0002", password: c.passwords.get("u0002")!, address: null }).catch((x) => x);
    expect([e.status, e.message]).toEqual([401, "账号或密码不正确。"]);
    await disableUser(t.db, c.countyId, "u0002", false);
    expect((await authenticate(t.db, { username: "u0002", password: c.passwords.get("u0002")!, address: null })).username).toBe("u0002");
  });

  it("a password reset ends the sessions and gives a one-time password that must be changed", async () => {
    const token = await signIn("u0001");
    await readSession(t.db, token);
    const { password } = await resetPassword(t.db, c.countyId, "u0001");
    expect(await readSession(t.db, token)).toBeNull();
    const actor = await authenticate(t.db, { username: "u0001", password, address: null });
    expect(actor.mustChangePassword).toBe(true);
    const { token: early } = await createSession(t.db, actor, null);
    expect(await readSession(t.db, early)).toBeNull(); // a one-time password signs nobody in
    await changePassword(t.db, { username: "u0001", password, newPassword: "另一个新密码-abcdef", address: null });
    expect((await listUsers(t.db, c.countyId)).find((u) => u.username === "u0001")).toMatchObject({ mustChangePassword: false, disabled: false, unit: "甲镇" });
    const other = await resetPassword(t.db, c.countyId, "nobody").catch((x) => x);
    expect([other.status, other.message]).toEqual([404, "没有账号「nobody」。"]);
  });

  it("an admin of one county cannot reach another county's accounts", async () => {
    const other = await setUpCounty(t.db, "邻县", ["丙镇"]);
    const e = await resetPassword(t.db, other.countyId, "u0001").catch((x) => x);
    expect(e.status).toBe(404);
  });
});
