// `admin init`: the county and its admin (user 「admin」, the county's admin and reviewer) with a one-time password.
// The first county's admin is 「admin」; a further county in the same database (a city's server) gets 「admin<id>」.
import { cleanLine } from "../text/hygiene";
import type { Db } from "../db/open-database";
import { ServiceError } from "../db/service-error";
import { audit } from "./audit";
import { hashPassword, randomPassword } from "./password";

export type InitCountyResult = { countyId: number; username: string; adminPassword: string };

export async function initCounty(db: Db, { county }: { county: string }): Promise<InitCountyResult> {
  const name = cleanLine(county);
  if (!name || name.length > 100) throw new ServiceError(400, "县（区）名称不能为空，也不能超过 100 个字符。");
  const adminPassword = randomPassword();
  const hash = await hashPassword(adminPassword);
  return db.transaction().execute(async (tx) => {
    const exists = await tx.selectFrom("counties").select("id").where("name", "=", name).executeTakeFirst();
    if (exists) throw new ServiceError(409, `「${name}」已经设置过了。`);
    const { id } = await tx.insertInto("counties").values({ name }).returning("id").executeTakeFirstOrThrow();
    const taken = await tx.selectFrom("users").select("id").where("username", "=", "admin").executeTakeFirst();
    const username = taken ? `admin${id}` : "admin";
    await tx.insertInto("users").values({ username, role: "admin", county_id: id, unit_id: null, password_hash: hash, must_change_password: true }).execute();
    await audit(tx, { id: null, username: "命令行", countyId: id }, "init-county", `county:${id}`, null);
    return { countyId: id, username, adminPassword };
  });
}

/** Server mode is on once a county exists. */
export async function hasCounty(db: Db): Promise<boolean> {
  return Boolean(await db.selectFrom("counties").select("id").limit(1).executeTakeFirst());
}

export async function countyByName(db: Db, name: string): Promise<{ id: number; name: string } | undefined> {
  return db.selectFrom("counties").select(["id", "name"]).where("name", "=", cleanLine(name)).executeTakeFirst();
}
