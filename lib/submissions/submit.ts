// POST /api/submissions: a clerk's report → the one rule engine again (lib/rules evaluate) → an immutable version.
// Refused with 422 while it has errors; the unit is the clerk's account's (the report's own name only gives a
// notice when it differs). First submission: status submitted, version 1; again while submitted or returned:
// the next version, status submitted; after approval: 409. The .docx is rendered afterwards (docx.ts).
import type { Actor } from "../accounts/actor";
import { audit } from "../accounts/audit";
import type { Db } from "../db/open-database";
import { ServiceError, forbidden } from "../db/service-error";
import { parseReportJson } from "../report/parse-report-json";
import { evaluate } from "../rules/evaluate";
import type { Issue } from "../rules/types";

export type SubmitMeta = { address: string | null };
export type SubmitResult = { id: number; version: number; status: "submitted"; versionId: number; warnings: number; notice?: string };
export type RefusedIssue = Pick<Issue, "rule" | "severity" | "cells" | "message">;

const issueOut = ({ rule, severity, cells, message }: Issue): RefusedIssue => ({ rule, severity, cells, message });

export async function submitReport(db: Db, actor: Actor, reportText: string, meta: SubmitMeta): Promise<SubmitResult> {
  if (actor.role !== "clerk" || actor.unitId === null) throw forbidden("只有单位账号可以报送年报。");
  const parsed = parseReportJson(reportText);
  if (!parsed.ok) throw new ServiceError(422, parsed.error, { issues: [] });
  const issues = evaluate(parsed.report);
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length) throw new ServiceError(422, `报告还有 ${errors.length} 处错误，改正后才能报送。`, { issues: issues.map(issueOut) });
  const report = JSON.stringify(parsed.report);
  const warnings = issues.length - errors.length;
  const unitId = actor.unitId;
  const year = parsed.report.year;
  const attempt = () =>
    db.transaction().execute(async (tx) => {
      const current = await tx.selectFrom("submissions").select(["id", "status", "current_version"]).where("unit_id", "=", unitId).where("year", "=", year).forUpdate().executeTakeFirst();
      if (current?.status === "approved") throw new ServiceError(409, `${year}年度年报已通过审核，不能再报送；如需更正，请联系县政务公开办。`);
      const version = (current?.current_version ?? 0) + 1;
      const id = current
        ? (await tx.updateTable("submissions").set({ status: "submitted", current_version: version, updated_at: new Date() }).where("id", "=", current.id).returning("id").executeTakeFirstOrThrow()).id
        : (await tx.insertInto("submissions").values({ unit_id: unitId, year, status: "submitted", current_version: 1 }).returning("id").executeTakeFirstOrThrow()).id;
      const v = await tx.insertInto("versions").values({ submission_id: id, number: version, report, errors: 0, warnings, submitted_by: actor.id }).returning("id").executeTakeFirstOrThrow();
      await audit(tx, actor, "submit", `submission:${id} version:${version}`, meta.address);
      return { id, version, versionId: v.id };
    });
  let stored;
  try {
    stored = await attempt();
  } catch (e) {
    // Two first submissions of one unit and year at once (PostgreSQL): the loser adds a version to the winner's.
    if ((e as { code?: string }).code !== "23505") throw e;
    stored = await attempt();
  }
  const named = parsed.report.unit.name;
  const notice = named !== actor.unitName ? `报告中的单位名称「${named}」与账号的单位「${actor.unitName}」不同，已按账号的单位报送。` : undefined;
  return { ...stored, status: "submitted", warnings, ...(notice ? { notice } : {}) };
}
