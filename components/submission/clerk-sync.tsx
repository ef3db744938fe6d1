"use client";
// Mounted in the wizard when a clerk is signed in (server mode): reads the submission for the draft's year,
// and again whenever 检查与预览 opens, so a return with remarks shows up without a reload. Shows the status
// in the wizard's header.
import { useEffect } from "react";
import { REVIEW } from "@/lib/wizard/steps";
import { STATUS_WORDS } from "@/lib/submission-view/status-words";
import { setRemarks } from "@/components/wizard/remark-store";
import { useWizard } from "@/components/wizard/wizard-context";
import { refreshClerkSubmission, useClerkSubmission } from "./clerk-submission";

const TONE = { submitted: "bg-blue-100 text-blue-900", returned: "bg-amber-100 text-amber-900", approved: "bg-green-100 text-green-900" };

export function ClerkSync() {
  const { getReport, format, step } = useWizard();
  const { summary } = useClerkSubmission();
  const year = getReport().year;
  const atReview = step === REVIEW;
  useEffect(() => {
    if (Number.isInteger(year)) void refreshClerkSubmission(year, format);
  }, [year, format, atReview]);
  useEffect(() => () => setRemarks(null), []);
  const status = summary?.status;
  return (
    <span data-testid="submission-status" className={`shrink-0 rounded px-2 py-0.5 text-sm ${status ? TONE[status] : "bg-slate-100 text-slate-700"}`}>
      {status ? STATUS_WORDS[status] : STATUS_WORDS.draft}
    </span>
  );
}
