// `admin import-units`: one unit and one clerk account per name, each with a one-time password to hand out.
// User names are ASCII and stable: 「u0001」, 「u0002」… in the order created, never reused; a unit that already
// exists in the county is skipped (and reported), so importing the same roster twice changes nothing.
import { sql } from "kysely";
import { cleanLine } from "../text/hygiene";
import type { Db } from "../db/open-database";
import { ServiceError, forbidden } from "../db/service-error";
import { canReview, type Actor } from "./actor";
import { audit } from "./audit";
import { hashPassword, randomPassword } from "./password";

export type ImportedUnit = { unit: string; username: string; password: string };
export type ImportUnitsResult = { created: ImportedUnit[]; skipped: string[] };

const MAX_UNITS = 5000;

/** Names as a roster gives them: cleaned, blanks dropped, each once. */
export function rosterNames(names: readonly string[]): string[] {
  return [...new Set(names.map(cleanLine).filter(Boolean))];
}

export async function importUnits(db: Db, countyId: number, names: readonly string[]): Promise<ImportUnitsResult> {
  const wanted = rosterNames(names);
  if (wanted.length > MAX_UNITS) throw new ServiceError(400, `一次最多导入 ${MAX_UNITS} 个单位。`);
  const tooLong = wanted.find((n) => n.length > 200);
  if (tooLong) throw new ServiceError(400, `单位名称过长：${tooLong.slice(0, 30)}…`);
  // Hashing is the slow part: do it before the transaction holds the database.
  const existing = new Set((await db.selectFrom("units").select("name").where("county_id", "=", countyId).execute()).map((u) => u.name));
  const fresh = wanted.filter((n) => !existing.has(n));
  const passwords = fresh.map(() => randomPassword());
  const hashes = await Promise.all(passwords.map(hashPassword));
  return db.transaction().execute(async (tx) => {
    const county = await tx.selectFrom("counties").select("id").where("id", "=", countyId).executeTakeFirst();
    if (!county) throw new ServiceError(404, "找不到这个县（区），请先运行 admin init。");
    const { n } = await tx
      .selectFrom("users")
      .select(sql<number>`coalesce(max(substring(username from 2)::int), 0)`.as("n"))
      .where("username", "~", "^u[0-9]+$")
      .executeTakeFirstOrThrow();
    const created: ImportedUnit[] = [];
    const skipped = wanted.filter((n) => existing.has(n));
    for (const [i, name] of fresh.entries()) {
      const unit = await tx.insertInto("units").values({ county_id: countyId, name }).onConflict((c) => c.doNothing()).returning("id").executeTakeFirst();
      if (!unit) {
        skipped.push(name);
        continue;
      }
      const username = `u${String(n + created.length + 1).padStart(4, "0")}`;
      await tx.insertInto("users").values({ username, role: "clerk", county_id: countyId, unit_id: unit.id, password_hash: hashes[i]!, must_change_password: true }).execute();
      created.push({ unit: name, username, password: passwords[i]! });
    }
    await audit(tx, { id: null, username: "命令行", countyId }, "import-units", `units:${created.length}`, null);
    return { created, skipped };
  });
}

export type UnitListItem = { id: number; name: string; disabled: boolean };

/** GET /api/units: the reviewer's county's units. */
export async function listUnits(db: Db, actor: Actor): Promise<UnitListItem[]> {
  if (!canReview(actor)) throw forbidden("只有县政务公开办的审核人员可以查看单位名单。");
  return db.selectFrom("units").select(["id", "name", "disabled"]).where("county_id", "=", actor.countyId).orderBy("id").execute();
}
