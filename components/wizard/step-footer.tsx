"use client";
// The end of a step: its problem list, then 下一步. 下一步 shows every problem of the step and stops
// once while there are errors (a second press goes on: nothing is lost, the clerk may finish later).
// 上一步 is at the top (StepHeading), so Tab from a table's last cell never lands on a way back.
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { REVIEW } from "@/lib/wizard/steps";
import { STEP_ISSUES_ID, StepIssues, stepIssues } from "./step-issues";
import { StepRemarks } from "./remark-notes";
import { useIssues, useWizard } from "./wizard-context";

export function StepFooter({ nextLabel = "下一步", onNext }: { nextLabel?: string; onNext?: () => void }) {
  const { step, next, issues, recheckNow, format } = useWizard();
  const [held, setHeld] = useState(false);
  const checked = step !== "tasks" && step !== REVIEW;
  // Once every error is fixed, a new one stops 下一步 again.
  const errorsNow = stepIssues(useIssues().shown, step, format).some((i) => i.severity === "error");
  if (held && !errorsNow) setHeld(false);
  const press = () => {
    if (!checked) return (onNext ?? next)();
    recheckNow();
    issues.check(step);
    const errors = stepIssues(issues.get().shown, step, format).filter((i) => i.severity === "error");
    if (errors.length === 0 || held) return (onNext ?? next)();
    setHeld(true);
    requestAnimationFrame(() => document.getElementById(STEP_ISSUES_ID)?.focus());
  };
  return (
    <>
      {step !== REVIEW && <StepRemarks />}
      {checked && <StepIssues held={held} />}
      {step !== REVIEW && (
        <div className="mt-6 flex gap-3 border-t border-slate-300 pt-4">
          <Button variant="primary" onClick={press}>
            {nextLabel}
          </Button>
        </div>
      )}
    </>
  );
}
