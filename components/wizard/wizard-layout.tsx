"use client";
import Link from "next/link";
import { TaskList } from "./task-list";
import { StepView } from "./step-view";
import { SaveStatus } from "./save-status";
import { ReportTitle } from "./report-title";
import { EditModeBanner } from "./edit-mode-banner";
import { useSignal, useWizard } from "./wizard-context";

export function WizardLayout() {
  const mode = useSignal(useWizard().mode);
  return (
    <div className="min-h-screen">
      <header className="flex items-center gap-4 border-b border-slate-300 bg-white px-4 py-2">
        <Link href="/" className="font-bold text-blue-800">
          年报助手
        </Link>
        <ReportTitle className="truncate text-slate-700" />
        <SaveStatus />
      </header>
      <EditModeBanner />
      <div className="flex">
        <aside className="w-56 shrink-0 border-r border-slate-300 bg-white p-3">
          <TaskList compact />
        </aside>
        <main className="min-w-0 flex-1 p-4">
          {/* Read-only while another window edits this draft: nothing typed here could be saved. */}
          <fieldset disabled={mode !== "editing"} className="m-0 min-w-0 border-0 p-0">
            <StepView />
          </fieldset>
        </main>
      </div>
    </div>
  );
}
