"use client";
// The county's submissions as files for the desk (issue #26): the latest version of each unit's report of a
// year, as the data file the clerk sent, named 「报送/2024/单位.json」 — so the desk reviews them with the same
// worker, rule engine, roster, cross-year and roll-up as dropped files, and loading again replaces the rows.
// The unit is the account's (the server registers a report under it), so the roster matches what was sent.
import { submissionFileName } from "@/lib/submission-view/desk-names";
import type { SubmissionSummary } from "@/lib/submission-view/types";
import type { PickedFile } from "@/components/review/desk-types";
import { api } from "@/components/account/api";

export type Unit = { id: string; name: string; disabled: boolean };

export async function listSubmissions(year?: number) {
  return api<SubmissionSummary[]>(year ? `/api/submissions?year=${year}` : "/api/submissions");
}

export async function listUnits() {
  return api<Unit[]>("/api/units");
}

/**
 * The latest version of each submission of a year as data files — one request (`include=report`), not one per
 * report: 300 reports arrive in one answer. Those whose data cannot be read are named in `failed`.
 */
export async function submissionFilesOfYear(year: number): Promise<{ ok: true; files: PickedFile[]; failed: string[] } | { ok: false; error: string }> {
  const out = await api<(SubmissionSummary & { report?: unknown })[]>(`/api/submissions?year=${year}&include=report`);
  if (!out.ok) return { ok: false, error: out.error };
  const files: PickedFile[] = [];
  const failed: string[] = [];
  for (const s of Array.isArray(out.data) ? out.data : []) {
    const data = s.report;
    if (!data || typeof data !== "object") {
      failed.push(`${s.unit.name}：内容无法读取`);
      continue;
    }
    const own = data as Record<string, unknown>;
    const unit = (own.unit && typeof own.unit === "object" ? own.unit : {}) as Record<string, unknown>;
    const report = { ...own, unit: { ...unit, name: s.unit.name } };
    files.push({ name: submissionFileName(s), file: new Blob([JSON.stringify(report)], { type: "application/json" }) });
  }
  return { ok: true, files, failed };
}
