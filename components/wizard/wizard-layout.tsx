"use client";
import Link from "next/link";
import { TaskList } from "./task-list";
import { StepView } from "./step-view";
import { SaveStatus } from "./save-status";
import { ReportTitle } from "./report-title";

export function WizardLayout() {
  return (
    <div className="min-h-screen">
      <header className="flex items-center gap-4 border-b border-slate-300 bg-white px-4 py-2">
        <Link href="/" className="font-bold text-blue-800">
          年报助手
        </Link>
        <ReportTitle className="truncate text-slate-700" />
        <SaveStatus />
      </header>
      <div className="flex">
        <aside className="w-56 shrink-0 border-r border-slate-300 bg-white p-3">
          <TaskList compact />
        </aside>
        <main className="min-w-0 flex-1 p-4">
          <StepView />
        </main>
      </div>
    </div>
  );
}
