"use client";
// The one list of a step's problems, right above 下一步: what has been revealed (a field left with an
// error, or everything after 下一步), updated as the clerk fixes things. Its links focus the cell.
import { useState } from "react";
import { stepOfIssue } from "@/lib/wizard/reveal";
import type { Issue } from "@/lib/rules/types";
import { IssueList } from "@/components/issues/issue-list";
import { useIssues, useWizard } from "./wizard-context";

export const STEP_ISSUES_ID = "step-issues";

/** The shown issues of one step, errors first (evaluate's order). */
export function stepIssues(shown: Issue[], step: string, format: Parameters<typeof stepOfIssue>[0]): Issue[] {
  return shown.filter((i) => stepOfIssue(format, i) === step);
}

export function StepIssues({ held }: { held: boolean }) {
  const { format, step } = useWizard();
  const mine = stepIssues(useIssues().shown, step, format);
  const errors = mine.filter((i) => i.severity === "error").length;
  // Once problems were listed, an empty list says so (the clerk sees the fix took), instead of vanishing.
  const [hadErrors, setHadErrors] = useState(false);
  if (errors > 0 && !hadErrors) setHadErrors(true);
  if (mine.length === 0 && !hadErrors) return null;
  const tone = errors ? "border-red-600 bg-red-50" : mine.length ? "border-amber-500 bg-amber-50" : "border-green-600 bg-green-50";
  return (
    <div id={STEP_ISSUES_ID} tabIndex={-1} className={`mt-4 rounded border-l-4 p-3 focus:outline-2 focus:outline-blue-600 ${tone}`} data-testid="step-issues">
      <p className="font-bold" role="status">
        {errors > 0 ? `本步骤有 ${errors} 处错误` : mine.length ? "本步骤有需要核对的地方" : "本步骤的错误已全部改正"}
        {mine.length > errors && errors > 0 && `，另有 ${mine.length - errors} 条提示`}
      </p>
      {held && errors > 0 && <p className="text-sm text-slate-800">请改正后再继续；如确需先填写其他部分，可再次点击“下一步”。</p>}
      {mine.length > 0 && <IssueList issues={mine} />}
    </div>
  );
}
