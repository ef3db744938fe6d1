// A deadline per county and year (every user of the county reads them; a reviewer or the admin sets one).
import { canReview, type Actor } from "../accounts/actor";
import { audit } from "../accounts/audit";
import type { Db } from "../db/open-database";
import { ServiceError, forbidden } from "../db/service-error";

export type Deadline = { year: number; date: string };

const isoDate = (d: unknown) => (d instanceof Date ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}` : String(d));

export async function listDeadlines(db: Db, actor: Actor): Promise<Deadline[]> {
  const rows = await db.selectFrom("deadlines").select(["year", "date"]).where("county_id", "=", actor.countyId).orderBy("year", "desc").execute();
  return rows.map((r) => ({ year: r.year, date: isoDate(r.date) }));
}

/** A real calendar date 「2025-01-31」. */
function validDate(date: unknown): date is string {
  if (typeof date !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return false;
  const d = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === date;
}

export async function setDeadline(db: Db, actor: Actor, { year, date }: { year: unknown; date: unknown }, address: string | null = null): Promise<Deadline> {
  if (!canReview(actor)) throw forbidden("只有县政务公开办的审核人员可以设置报送截止日期。");
  if (typeof year !== "number" || !Number.isInteger(year) || year < 2000 || year > 2100) throw new ServiceError(400, "年度应为 2000 到 2100 之间的整数。");
  if (!validDate(date)) throw new ServiceError(400, "截止日期应写成「2025-01-31」的形式。");
  await db.transaction().execute(async (tx) => {
    await tx.insertInto("deadlines").values({ county_id: actor.countyId, year, date }).onConflict((c) => c.columns(["county_id", "year"]).doUpdateSet({ date })).execute();
    await audit(tx, actor, "set-deadline", `deadline:${year} ${date}`, address);
  });
  return { year, date };
}
