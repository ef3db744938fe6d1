// POST /api/submissions: a clerk's report → the one rule engine again (check-submission.ts) → an immutable version.
// Refused with 422 while it has errors; the unit is the clerk's account's (the report's own name only gives a
// notice when it differs). First submission: status submitted, version 1; again while submitted or returned:
// the next version, status submitted; after approval: 409 (store-versions.ts, group commit). The .docx is
// rendered afterwards (docx.ts).
import type { Actor } from "../accounts/actor";
import type { Db } from "../db/open-database";
import { ServiceError, forbidden } from "../db/service-error";
import { checkSubmission, type SubmissionChecker } from "./check-submission";
import { storeVersion } from "./store-versions";

export type { RefusedIssue } from "../rules/refused-issue";
export type SubmitMeta = { address: string | null };
export type SubmitResult = { id: number; version: number; status: "submitted"; versionId: number; warnings: number; notice?: string };

/** `check`: where the check runs (the server passes its worker thread's; the same function either way). */
export async function submitReport(db: Db, actor: Actor, reportText: string, meta: SubmitMeta, check: SubmissionChecker = checkSubmission): Promise<SubmitResult> {
  if (actor.role !== "clerk" || actor.unitId === null) throw forbidden("只有单位账号可以报送年报。");
  const checked = await check(reportText);
  if (!checked.ok) throw new ServiceError(422, checked.error, { issues: checked.issues });
  const { report, year, warnings, unitName } = checked;
  const stored = await storeVersion(db, { actor, unitId: actor.unitId, year, report, warnings, address: meta.address });
  const notice = unitName !== actor.unitName ? `报告中的单位名称「${unitName}」与账号的单位「${actor.unitName}」不同，已按账号的单位报送。` : undefined;
  return { ...stored, status: "submitted", warnings, ...(notice ? { notice } : {}) };
}
