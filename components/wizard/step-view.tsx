"use client";
// Steps are split into their own chunks (small first load) and all fetched once the browser is idle,
// so every step opens instantly afterwards, even if the intranet server goes away.
import { lazy, Suspense, useEffect } from "react";
import { useWizard } from "./wizard-context";
import { TaskOverview } from "./task-overview";
import { BASICS, REVIEW } from "@/lib/wizard/steps";

const loaders = {
  basics: () => import("./basics-step").then((m) => ({ default: m.BasicsStep })),
  prose: () => import("./prose-step").then((m) => ({ default: m.ProseStep })),
  table: () => import("./table-step").then((m) => ({ default: m.TableStep })),
  review: () => import("./review-step").then((m) => ({ default: m.ReviewStep })),
};
const BasicsStep = lazy(loaders.basics);
const ProseStep = lazy(loaders.prose);
const TableStep = lazy(loaders.table);
const ReviewStep = lazy(loaders.review);

function usePrefetchSteps() {
  useEffect(() => {
    const load = () => Object.values(loaders).forEach((l) => void l());
    const id = window.requestIdleCallback ? window.requestIdleCallback(load, { timeout: 2000 }) : window.setTimeout(load, 500);
    return () => (window.cancelIdleCallback ? window.cancelIdleCallback(id) : window.clearTimeout(id));
  }, []);
}

function Current() {
  const { step, format } = useWizard();
  if (step === BASICS) return <BasicsStep />;
  if (step === REVIEW) return <ReviewStep />;
  const section = format.sections.find((s) => s.key === step);
  if (!section) return <TaskOverview />;
  return section.table ? <TableStep key={section.key} section={section} /> : <ProseStep key={section.key} section={section} />;
}

export function StepView() {
  usePrefetchSteps();
  return (
    <Suspense fallback={<p className="text-slate-600">正在打开……</p>}>
      <Current />
    </Suspense>
  );
}
