// The reviewer's two decisions on a submitted report: 退回修改 with at least one remark (on the whole report or
// anchored to a field path, remark-paths.ts), or 通过. Only a report in 已报送 can be decided; a clerk never can.
import { canReview, type Actor } from "../accounts/actor";
import { audit } from "../accounts/audit";
import type { Db } from "../db/open-database";
import { ServiceError, forbidden } from "../db/service-error";
import { cleanLine, cleanText } from "../text/hygiene";
import { isRemarkPath } from "./remark-paths";
import { submissionInScope } from "./scope";

export type RemarkInput = { path?: string | null; text: string };
export type Decision = { id: number; status: "returned" | "approved"; version: number };

const MAX_REMARKS = 200;
const MAX_TEXT = 2000;

/** Remarks as stored: text cleaned (lib/text/hygiene), path one the format defines. Refuses in Chinese. */
export function readRemarks(input: unknown): { path: string | null; text: string }[] {
  if (!Array.isArray(input) || input.length === 0) throw new ServiceError(400, "退回修改时至少写一条意见。");
  if (input.length > MAX_REMARKS) throw new ServiceError(400, `一次最多 ${MAX_REMARKS} 条意见。`);
  return input.map((r: unknown, i) => {
    const { path, text } = (r ?? {}) as Record<string, unknown>;
    const clean = typeof text === "string" ? cleanText(text).trim() : "";
    if (!clean) throw new ServiceError(400, `第 ${i + 1} 条意见没有内容。`);
    if (clean.length > MAX_TEXT) throw new ServiceError(400, `第 ${i + 1} 条意见超过 ${MAX_TEXT} 个字。`);
    if (path === undefined || path === null || path === "") return { path: null, text: clean };
    const at = typeof path === "string" ? cleanLine(path) : "";
    if (!isRemarkPath(at)) throw new ServiceError(400, `第 ${i + 1} 条意见所指的位置不是报告中的栏目。`);
    return { path: at, text: clean };
  });
}

async function decide(db: Db, actor: Actor, id: unknown, address: string | null, status: Decision["status"], remarks: { path: string | null; text: string }[]) {
  return db.transaction().execute(async (tx) => {
    const s = await submissionInScope(tx, actor, id, true);
    if (!canReview(actor)) throw forbidden("只有县政务公开办的审核人员可以退回或通过年报。");
    if (s.status !== "submitted") {
      const now = s.status === "approved" ? "已通过" : "退回修改中，等单位重新报送";
      throw new ServiceError(409, `这份年报${now}，不能再${status === "approved" ? "通过" : "退回"}。`);
    }
    await tx.updateTable("submissions").set({ status, updated_at: new Date() }).where("id", "=", s.id).execute();
    if (remarks.length) {
      await tx
        .insertInto("remarks")
        .values(remarks.map((r) => ({ submission_id: s.id, version: s.currentVersion, path: r.path, text: r.text, author_id: actor.id })))
        .execute();
    }
    await audit(tx, actor, status === "approved" ? "approve" : "return", `submission:${s.id} version:${s.currentVersion}`, address);
    return { id: s.id, status, version: s.currentVersion };
  });
}

export async function returnSubmission(db: Db, actor: Actor, id: unknown, remarks: unknown, address: string | null = null): Promise<Decision> {
  await submissionInScope(db, actor, id); // 404 before anything about the body is said
  if (!canReview(actor)) throw forbidden("只有县政务公开办的审核人员可以退回或通过年报。");
  return decide(db, actor, id, address, "returned", readRemarks(remarks));
}

export async function approveSubmission(db: Db, actor: Actor, id: unknown, address: string | null = null): Promise<Decision> {
  return decide(db, actor, id, address, "approved", []);
}
