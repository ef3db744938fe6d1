// The append-only audit log (who did what, when, from where). Rows are only ever inserted; the database refuses
// UPDATE, DELETE and TRUNCATE (migrations/0001). Actions are short English verbs, objects 「submission:12」 etc.
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../db/schema";
import type { Db } from "../db/open-database";
import { forbidden } from "../db/service-error";
import type { Actor } from "./actor";

type Writer = Kysely<Database> | Transaction<Database>;
export type Who = { id: number | null; username: string; countyId: number | null };

export async function audit(db: Writer, who: Who, action: string, object: string | null, address: string | null): Promise<void> {
  await db
    .insertInto("audit_log")
    .values({ county_id: who.countyId, user_id: who.id, username: who.username, action, object, address })
    .execute();
}

export type AuditEntry = { id: number; at: string; username: string | null; action: string; object: string | null; address: string | null };

/** The admin's county's entries, newest first (`before`: an id, to page back). */
export async function readAudit(db: Db, actor: Actor, { limit = 200, before }: { limit?: number; before?: number } = {}): Promise<AuditEntry[]> {
  if (actor.role !== "admin") throw forbidden("只有管理员可以查看审计日志。");
  let q = db.selectFrom("audit_log").select(["id", "at", "username", "action", "object", "address"]).where("county_id", "=", actor.countyId);
  if (before) q = q.where("id", "<", before);
  const rows = await q.orderBy("id", "desc").limit(Math.min(Math.max(1, limit), 1000)).execute();
  return rows.map((r) => ({ ...r, at: new Date(r.at).toISOString() }));
}
