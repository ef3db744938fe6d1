"use client";
// The task list: every step with its status, each reachable directly. Three forms: the full list (任务清单),
// the side rail on wide screens, and a one-line bar on narrow or zoomed screens (the table keeps the width).
import { wizardSteps, type Step } from "@/lib/wizard/steps";
import type { StepStatus } from "@/lib/wizard/messages";
import { useIssues, useWizard } from "./wizard-context";

const badge: Record<StepStatus, string> = {
  未开始: "bg-slate-100 text-slate-700",
  进行中: "bg-blue-100 text-blue-800",
  已完成: "bg-green-100 text-green-800",
  有问题: "bg-red-100 text-red-800",
};

const mark: Record<StepStatus, string> = { 未开始: "", 进行中: "…", 已完成: "✓", 有问题: "!" };

/** 「三」 for 三、收到和处理…; 基本信息 and 检查与预览 as they are. */
const shortLabel = (s: Step) => s.section?.number ?? s.label;

type Variant = "full" | "rail" | "bar";

export function TaskList({ variant = "full" }: { variant?: Variant }) {
  const { format, step, go } = useWizard();
  const { statuses } = useIssues();
  const focusRing = "focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600";
  return (
    <nav aria-label="填写步骤">
      <ol className={variant === "bar" ? "flex flex-wrap gap-1" : variant === "rail" ? "space-y-1" : "space-y-2"}>
        {wizardSteps(format).map((s) => {
          const status = statuses[s.key] ?? "未开始";
          const current = s.key === step;
          if (variant === "bar")
            return (
              <li key={s.key}>
                <button
                  type="button"
                  onClick={() => go(s.key)}
                  aria-current={current ? "step" : undefined}
                  aria-label={`${s.label}（${status}）`}
                  title={`${s.label}（${status}）`}
                  className={`flex items-center gap-1 rounded border px-2 py-1 text-sm ${current ? "border-blue-700 bg-blue-50 font-bold" : "border-slate-300 bg-white hover:bg-slate-100"} ${focusRing}`}
                >
                  <span>{shortLabel(s)}</span>
                  <span className={`min-w-4 rounded px-1 text-xs leading-4 ${badge[status]}`} data-status={status}>
                    {mark[status]}
                  </span>
                </button>
              </li>
            );
          return (
            <li key={s.key}>
              <button
                type="button"
                onClick={() => go(s.key)}
                aria-current={current ? "step" : undefined}
                className={`flex w-full items-start justify-between gap-2 rounded px-2 py-1.5 text-left ${focusRing} ${current ? "bg-blue-50 font-bold" : "hover:bg-slate-100"} ${variant === "rail" ? "text-sm" : "border border-slate-200 bg-white p-3"}`}
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
