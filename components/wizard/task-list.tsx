"use client";
// The task list: every step with its status, each reachable directly.
import { useSyncExternalStore } from "react";
import { wizardSteps } from "@/lib/wizard/steps";
import type { StepStatus } from "@/lib/wizard/messages";
import { useWizard } from "./wizard-context";

const badge: Record<StepStatus, string> = {
  未开始: "bg-slate-100 text-slate-700",
  进行中: "bg-blue-100 text-blue-800",
  已完成: "bg-green-100 text-green-800",
  有问题: "bg-red-100 text-red-800",
};

export function TaskList({ compact = false }: { compact?: boolean }) {
  const { format, step, go, issues } = useWizard();
  const statuses = useSyncExternalStore(issues.subscribe, () => issues.get().statuses, () => issues.get().statuses);
  return (
    <nav aria-label="填写步骤">
      <ol className={compact ? "space-y-1" : "space-y-2"}>
        {wizardSteps(format).map((s) => {
          const status = statuses[s.key] ?? "未开始";
          const current = s.key === step;
          return (
            <li key={s.key}>
              <button
                type="button"
                onClick={() => go(s.key)}
                aria-current={current ? "step" : undefined}
                className={`flex w-full items-start justify-between gap-2 rounded px-2 py-1.5 text-left focus-visible:outline-2 focus-visible:outline-blue-600 ${current ? "bg-blue-50 font-bold" : "hover:bg-slate-100"} ${compact ? "text-sm" : "border border-slate-200 bg-white p-3"}`}
              >
                <span>{s.label}</span>
                <span className={`shrink-0 rounded px-1.5 text-xs leading-5 ${badge[status]}`} data-status={status}>
                  {status}
                </span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
