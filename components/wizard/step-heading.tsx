"use client";
import { useWizard } from "./wizard-context";

export function StepHeading({ title, guidance }: { title: string; guidance?: string }) {
  const { step } = useWizard();
  return (
    <div className="mb-4">
      <h2 id="step-heading" data-step={step} tabIndex={-1} className="text-xl font-bold focus:outline-none">
        {title}
      </h2>
      {guidance && <p className="mt-1 text-slate-700">{guidance}</p>}
    </div>
  );
}
