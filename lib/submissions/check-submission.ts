// The check a submission passes before it is stored (POST /api/submissions): the report data file read and
// validated at the door, then the one rule engine (lib/rules evaluate). Pure and synchronous, so the server can run
// it on a worker thread (lib/server/check-pool.ts) and the services and tests in-process.
import { parseReportJson } from "../report/parse-report-json";
import { evaluate } from "../rules/evaluate";
import { refusedIssue, type RefusedIssue } from "../rules/refused-issue";

/** Passed: the cleaned report as stored (JSON), what the store needs of it, and its warnings. Else a 422 answer. */
export type CheckedSubmission =
  | { ok: true; report: string; year: number; unitName: string; warnings: number }
  | { ok: false; error: string; issues: RefusedIssue[] };

export type SubmissionChecker = (reportText: string) => CheckedSubmission | Promise<CheckedSubmission>;

export function checkSubmission(reportText: string): CheckedSubmission {
  const parsed = parseReportJson(reportText);
  if (!parsed.ok) return { ok: false, error: parsed.error, issues: [] };
  const issues = evaluate(parsed.report);
  const errors = issues.filter((i) => i.severity === "error").length;
  if (errors) return { ok: false, error: `报告还有 ${errors} 处错误，改正后才能报送。`, issues: issues.map(refusedIssue) };
  const { year, unit } = parsed.report;
  return { ok: true, report: JSON.stringify(parsed.report), year, unitName: unit.name, warnings: issues.length };
}
