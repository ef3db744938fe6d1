"use client";
import { useWizard } from "./wizard-context";
import { TaskOverview } from "./task-overview";
import { BasicsStep } from "./basics-step";
import { ProseStep } from "./prose-step";
import { TableStep } from "./table-step";
import { ReviewStep } from "./review-step";
import { BASICS, REVIEW } from "@/lib/wizard/steps";

export function StepView() {
  const { step, format } = useWizard();
  if (step === BASICS) return <BasicsStep />;
  if (step === REVIEW) return <ReviewStep />;
  const section = format.sections.find((s) => s.key === step);
  if (!section) return <TaskOverview />;
  return section.table ? <TableStep key={section.key} section={section} /> : <ProseStep key={section.key} section={section} />;
}
