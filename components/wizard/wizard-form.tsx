"use client";
// One react-hook-form for the whole report; steps mount one at a time, values stay in the form.
// Autosave and checking run outside React state, debounced after the last change.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { FormProvider, useForm, type FieldValues } from "react-hook-form";
import { gov2021 } from "@/templates/gov-2021";
import type { Report } from "@/lib/report/types";
import { evaluate } from "@/lib/rules/evaluate";
import { fromFormValues, toFormValues } from "@/lib/wizard/form-values";
import { createIssueStore } from "@/lib/wizard/issue-store";
import { createSignal } from "@/lib/wizard/signal";
import { afterPause } from "@/lib/wizard/after-pause";
import { REVIEW, stepOfPath, wizardSteps } from "@/lib/wizard/steps";
import { WizardProvider, type WizardApi } from "./wizard-context";
import { WizardLayout } from "./wizard-layout";
import { focusField } from "./use-focus-field";
import { onPageHidden } from "@/components/ui/on-page-hidden";
import { useDraftSync } from "./use-draft-sync";
import { appHref } from "@/lib/site/base-path";

// Saved ≤ 1 s after the last keystroke (500 ms pause + at most 400 ms waiting for idle time).
const SAVE_DELAY = 500;
const CHECK_DELAY = 150;
const steps = wizardSteps(gov2021);

function useStepState(draftId: string, initialStep: string) {
  const [step, setStep] = useState(initialStep);
  const focus = useRef<string | null>(null);
  const go = useCallback(
    (next: string, path?: string) => {
      // A link to a field of the open step: focus it; no new history entry, no step change.
      if (next === step) {
        if (path) focusField(path);
        return;
      }
      focus.current = path ?? null;
      setStep(next);
      const url = `/report?id=${encodeURIComponent(draftId)}&step=${encodeURIComponent(next)}`;
      window.history.pushState(null, "", appHref(url));
    },
    [draftId, step],
  );
  useEffect(() => {
    const onPop = () => setStep(new URLSearchParams(window.location.search).get("step") ?? "tasks");
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);
  useEffect(() => {
    const path = focus.current;
    focus.current = null;
    // Steps load as separate chunks: wait (≤ ~2 s) until the field or the step's heading exists.
    let id = 0;
    let tries = 0;
    const attempt = () => {
      if (path && focusField(path)) return;
      const heading = document.getElementById("step-heading");
      if ((!path || tries > 120) && heading && heading.dataset.step === step) {
        window.scrollTo(0, 0);
        heading.focus({ preventScroll: true });
        return;
      }
      if (tries++ < 120) id = requestAnimationFrame(attempt);
    };
    id = requestAnimationFrame(attempt);
    return () => cancelAnimationFrame(id);
  }, [step]);
  return { step, go };
}

export function WizardForm({ draftId, report, revision, initialStep, memory = false }: { draftId: string; report: Report; revision: number; initialStep: string; memory?: boolean }) {
  const form = useForm<FieldValues>({ defaultValues: toFormValues(report, gov2021) });
  const { step, go } = useStepState(draftId, initialStep);
  const issues = useMemo(() => createIssueStore(gov2021), []);

  const getReport = useCallback(() => fromFormValues(form.getValues(), gov2021), [form]);
  const recheck = useCallback(() => {
    const r = getReport();
    issues.set(evaluate(r, { format: gov2021 }), r);
  }, [getReport, issues]);
  const { save: saveNow, saveState, mode, takeOver } = useDraftSync(form, draftId, { report, revision }, getReport);

  useAutosave(form, saveNow, recheck);
  useEffect(() => {
    issues.visit(step);
    if (step === REVIEW) issues.revealAll(); // 生成: every problem is shown from now on
    recheck();
  }, [step, recheck, issues]);

  const api: WizardApi = useMemo(() => {
    const at = (d: number) => steps[steps.findIndex((s) => s.key === step) + d]?.key;
    return {
      format: gov2021,
      draftId,
      step,
      go,
      goToField: (path) => go(stepOfPath(gov2021, path), path),
      next: () => {
        if (step === "tasks") return go(steps[0]!.key);
        const n = at(1);
        if (n) go(n);
      },
      prev: () => go(at(-1) ?? "tasks"),
      getReport,
      issues,
      recheckNow: recheck,
      saveState,
      mode,
      takeOver,
      saveNow,
      memory,
    };
  }, [step, go, draftId, getReport, issues, recheck, saveState, mode, takeOver, saveNow, memory]);

  return (
    <FormProvider {...form}>
      <WizardProvider value={api}>
        <WizardLayout />
      </WizardProvider>
    </FormProvider>
  );
}

function useAutosave(form: ReturnType<typeof useForm<FieldValues>>, save: () => void, recheck: () => void) {
  useEffect(() => {
    let dirty = false;
    const flush = () => {
      saving.cancel();
      if (dirty) save();
      dirty = false;
    };
    // Both run after a pause in typing, in idle time, so they never sit between a keystroke and its paint.
    const idle = (fn: () => void, timeout: number) =>
      window.requestIdleCallback ? void window.requestIdleCallback(fn, { timeout }) : fn();
    const saving = afterPause(SAVE_DELAY, () => idle(flush, 400));
    const checking = afterPause(CHECK_DELAY, () => idle(recheck, 200));
    const sub = form.watch(() => {
      dirty = true;
      saving.poke();
      checking.poke();
    });
    const offHidden = onPageHidden(flush);
    return () => {
      sub.unsubscribe();
      flush();
      checking.cancel();
      offHidden();
    };
  }, [form, save, recheck]);
}
