"use client";
// A step's title (focused when the step opens) with the way back above it.
import { wizardSteps } from "@/lib/wizard/steps";
import { Button } from "@/components/ui/button";
import { useWizard } from "./wizard-context";

function BackLink() {
  const { step, prev, format } = useWizard();
  if (step === "tasks") return null;
  const steps = wizardSteps(format);
  const i = steps.findIndex((s) => s.key === step);
  const label = i > 0 ? steps[i - 1]!.label : "任务清单";
  return (
    <Button variant="link" className="mb-1 text-sm" onClick={prev}>
      ‹ 上一步：{label}
    </Button>
  );
}

export function StepHeading({ title, guidance }: { title: string; guidance?: string }) {
  const { step } = useWizard();
  return (
    <div className="mb-4">
      <BackLink />
      <h2 id="step-heading" data-step={step} tabIndex={-1} className="text-xl font-bold focus:outline-none">
        {title}
      </h2>
      {guidance && <p className="mt-1 text-slate-700">{guidance}</p>}
    </div>
  );
}
