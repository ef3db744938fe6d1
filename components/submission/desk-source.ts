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

/** The latest version of each submission as a data file; those that fail to load are named in `failed`. */
export async function submissionFiles(list: SubmissionSummary[], onDone?: (n: number) => void): Promise<{ files: PickedFile[]; failed: string[] }> {
  const files: PickedFile[] = [];
  const failed: string[] = [];
  let n = 0;
  for (const s of list) {
    const out = await api<Record<string, unknown>>(`/api/submissions/${encodeURIComponent(String(s.id))}/versions/${s.version}`);
    onDone?.(++n);
    if (!out.ok || !out.data || typeof out.data !== "object") {
      failed.push(`${s.unit.name}：${out.ok ? "内容无法读取" : out.error}`);
      continue;
    }
    const unit = (out.data.unit && typeof out.data.unit === "object" ? out.data.unit : {}) as Record<string, unknown>;
    const report = { ...out.data, unit: { ...unit, name: s.unit.name } };
    files.push({ name: submissionFileName(s), file: new Blob([JSON.stringify(report)], { type: "application/json" }) });
  }
  return { files, failed };
}
