"use client";
// A clerk's submission for the report open in the wizard (issue #26): its unit's submission of the report's
// year, and — when it was returned — the reviewer's remarks on the version sent, placed beside the fields
// (remark-store.ts). One store the wizard's header, 检查与预览 and the steps read.
import { useSyncExternalStore } from "react";
import type { ReportFormat } from "@/lib/format/types";
import { currentRemarks, placeRemarks } from "@/lib/submission-view/remark-placement";
import type { SubmissionDetail, SubmissionSummary } from "@/lib/submission-view/types";
import { setRemarks } from "@/components/wizard/remark-store";
import { api } from "@/components/account/api";

export type ClerkSubmission = { loaded: boolean; summary: SubmissionSummary | null; detail: SubmissionDetail | null; error: string };

let state: ClerkSubmission = { loaded: false, summary: null, detail: null, error: "" };
const listeners = new Set<() => void>();
const set = (s: ClerkSubmission) => ((state = s), listeners.forEach((l) => l()));

let run = 0;

/** Reads the unit's submission of `year` again (after opening 检查与预览, after 报送). */
export async function refreshClerkSubmission(year: number, format: ReportFormat): Promise<void> {
  const id = ++run;
  const list = await api<SubmissionSummary[]>(`/api/submissions?year=${encodeURIComponent(String(year))}`);
  if (id !== run) return;
  if (!list.ok) return set({ ...state, loaded: true, error: list.error });
  const summary = (Array.isArray(list.data) ? list.data : []).find((s) => s.year === year) ?? null;
  if (!summary) {
    setRemarks(null);
    return set({ loaded: true, summary: null, detail: null, error: "" });
  }
  const detail = await api<SubmissionDetail>(`/api/submissions/${encodeURIComponent(String(summary.id))}`);
  if (id !== run) return;
  if (!detail.ok) return set({ loaded: true, summary, detail: null, error: detail.error });
  setRemarks(placeRemarks(format, currentRemarks(detail.data)));
  set({ loaded: true, summary, detail: detail.data, error: "" });
}

const subscribe = (l: () => void) => (listeners.add(l), () => void listeners.delete(l));

export function useClerkSubmission(): ClerkSubmission {
  return useSyncExternalStore(subscribe, () => state, () => state);
}
