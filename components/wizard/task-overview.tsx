"use client";
import { wizardSteps } from "@/lib/wizard/steps";
import { ReportTitle } from "./report-title";
import { StepFooter } from "./step-footer";
import { StepHeading } from "./step-heading";
import { TaskList } from "./task-list";
import { useIssues, useWizard } from "./wizard-context";

export function TaskOverview() {
  const { format, go } = useWizard();
  const { statuses } = useIssues();
  const steps = wizardSteps(format);
  // A draft already begun continues where something is left to do, not at 基本信息 again.
  const begun = steps.some((s) => s.key !== "review" && statuses[s.key] && statuses[s.key] !== "未开始");
  const todo = steps.find((s) => s.key !== "review" && statuses[s.key] !== "已完成") ?? steps[steps.length - 1]!;
  return (
    <section className="max-w-2xl">
      <StepHeading title="任务清单" guidance="按顺序填写各部分，也可以点击任一步骤直接进入。填写内容随时自动保存，下次打开可以接着填。" />
      <p className="mb-3 font-medium">
        <ReportTitle />
      </p>
      <TaskList />
      <StepFooter nextLabel={begun ? `继续填写：${todo.label}` : "开始填写"} onNext={begun ? () => go(todo.key) : undefined} />
    </section>
  );
}
