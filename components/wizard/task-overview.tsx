"use client";
import { ReportTitle } from "./report-title";
import { StepFooter } from "./step-footer";
import { StepHeading } from "./step-heading";
import { TaskList } from "./task-list";

export function TaskOverview() {
  return (
    <section className="max-w-2xl">
      <StepHeading title="任务清单" guidance="按顺序填写各部分，也可以点击任一步骤直接进入。填写内容随时自动保存，下次打开可以接着填。" />
      <p className="mb-3 font-medium">
        <ReportTitle />
      </p>
      <TaskList />
      <StepFooter nextLabel="开始填写" />
    </section>
  );
}
