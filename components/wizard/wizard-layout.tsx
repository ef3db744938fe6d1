"use client";
// The wizard's frame: header, the step list (a side rail from 1280 px, a one-line bar below, so a zoomed or
// small screen keeps its width for the tables), and the open step. Leaving a field reveals its own error.
import Link from "next/link";
import { useUser } from "@/components/account/session";
import { lazy, Suspense, useRef, type FocusEvent } from "react";
import { useFieldHygiene } from "@/components/ui/use-field-hygiene";
import { TaskList } from "./task-list";
import { StepView } from "./step-view";
import { SaveStatus } from "./save-status";
import { ReportTitle } from "./report-title";
import { EditModeBanner } from "./edit-mode-banner";
import { MemoryBanner } from "./memory-banner";
import { exportDraft } from "./export-draft";
import { useSignal, useWizard } from "./wizard-context";

// Server mode, a clerk signed in (issue #26): the submission's status and the reviewer's remarks (own chunk).
const ClerkSync = lazy(() => import("@/components/submission/clerk-sync").then((m) => ({ default: m.ClerkSync })));

export function WizardLayout() {
  const user = useUser();
  const { issues, mode: modeSignal, memory, getReport } = useWizard();
  const mode = useSignal(modeSignal);
  const main = useRef<HTMLElement>(null);
  useFieldHygiene(main);
  const onBlur = (e: FocusEvent<HTMLElement>) => {
    const name = (e.target as HTMLInputElement).name;
    if (name) issues.leave(name);
  };
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center gap-4 border-b border-slate-300 bg-white px-4 py-2">
        <Link href="/" className="shrink-0 font-bold text-blue-800">
          年报助手
        </Link>
        <ReportTitle className="min-w-0 truncate text-slate-700" />
        <SaveStatus />
        {user?.role === "clerk" && (
          <Suspense fallback={null}>
            <ClerkSync />
          </Suspense>
        )}
      </header>
      {memory && <MemoryBanner onExport={() => exportDraft(getReport())} />}
      <EditModeBanner />
      <div className="border-b border-slate-300 bg-white px-4 py-2 xl:hidden">
        <TaskList variant="bar" />
      </div>
      <div className="flex flex-1">
        <aside className="hidden w-56 shrink-0 border-r border-slate-300 bg-white p-3 xl:block">
          <TaskList variant="rail" />
        </aside>
        <main ref={main} className="min-w-0 flex-1 p-4" onBlur={onBlur}>
          {/* Read-only while another window edits this draft: nothing typed here could be saved. */}
          <fieldset disabled={mode !== "editing"} className="m-0 min-w-0 border-0 p-0">
            <StepView />
          </fieldset>
        </main>
      </div>
    </div>
  );
}
