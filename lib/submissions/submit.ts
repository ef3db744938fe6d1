// POST /api/submissions: a clerk's report → the one rule engine again (lib/rules evaluate) → an immutable version.
// Refused with 422 while it has errors; the unit is the clerk's account's (the report's own name only gives a
// notice when it differs). First submission: status submitted, version 1; again while submitted or returned:
// the next version, status submitted; after approval: 409 (store-versions.ts, group commit). The .docx is
// rendered afterwards (docx.ts).
import type { Actor } from "../accounts/actor";
import type { Db } from "../db/open-database";
import { ServiceError, forbidden } from "../db/service-error";
import { parseReportJson } from "../report/parse-report-json";
import { evaluate } from "../rules/evaluate";
import type { Issue } from "../rules/types";
import { storeVersion } from "./store-versions";

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
  const stored = await storeVersion(db, { actor, unitId: actor.unitId, year: parsed.report.year, report, warnings, address: meta.address });
  const named = parsed.report.unit.name;
  const notice = named !== actor.unitName ? `报告中的单位名称「${named}」与账号的单位「${actor.unitName}」不同，已按账号的单位报送。` : undefined;
  return { ...stored, status: "submitted", warnings, ...(notice ? { notice } : {}) };
}
