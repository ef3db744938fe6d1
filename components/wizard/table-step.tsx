"use client";
// 二、三、四: the official table; typed cells only, totals computed. 表三's 下一步 stops once on an
// unequal balance and shows the problem; a second press goes on.
import { useState, useSyncExternalStore } from "react";
import { useFormContext } from "react-hook-form";
import type { SectionDef } from "@/lib/format/types";
import type { Issue } from "@/lib/rules/types";
import { tableIssues } from "@/lib/rules/table-rules";
import { tableCells } from "@/lib/format/cell-path";
import { Button } from "@/components/ui/button";
import { ReportGrid } from "@/components/grid/report-grid";
import { ErrorSummary, IssueList } from "@/components/issues/issue-list";
import { StepFooter } from "./step-footer";
import { StepHeading } from "./step-heading";
import { useWizard } from "./wizard-context";

function TableErrors({ prefix }: { prefix: string }) {
  const { issues } = useWizard();
  const get = () => issues.get().issues;
  const all = useSyncExternalStore(issues.subscribe, get, get);
  const mine = all.filter((i) => i.severity === "error" && i.rule.startsWith("value.") && i.cells[0]?.startsWith(prefix));
  if (mine.length === 0) return null;
  return (
    <div className="mt-3 rounded border-l-4 border-red-600 bg-red-50 p-3" data-testid="table-errors">
      <p className="font-bold text-red-900">本表有 {mine.length} 处填写有误（已保留所填内容）：</p>
      <IssueList issues={mine} />
    </div>
  );
}

export function TableStep({ section }: { section: SectionDef }) {
  const { format, getReport, next, strictBalance } = useWizard();
  const { getValues, setValue } = useFormContext();
  const table = format.tables[section.table!];
  const isBalanceTable = table.key === format.rules.balance.table;
  const [blocked, setBlocked] = useState<Issue[] | null>(null);

  const fillZeros = () => {
    for (const d of tableCells(table)) {
      if (d.rowTotal || d.colTotal) continue;
      if (String(getValues(d.path) ?? "").trim() === "") setValue(d.path, "0", { shouldDirty: true });
    }
  };
  const onNext = () => {
    if (!isBalanceTable) return next();
    strictBalance.set(true);
    const unequal = tableIssues(getReport(), format).filter((i) => i.rule === format.rules.balance.rule);
    if (unequal.length === 0 || blocked) return next();
    setBlocked(unequal);
    requestAnimationFrame(() => document.getElementById("balance-summary")?.focus());
  };

  return (
    <section>
      <StepHeading title={section.heading} guidance={section.guidance} />
      {blocked && (
        <div className="mb-3">
          <ErrorSummary id="balance-summary" issues={blocked} />
          <p className="mt-1 text-sm text-slate-700">请核对后再继续；如确需先填写其他部分，可再次点击“下一步”。</p>
        </div>
      )}
      <div className="mb-2 flex items-center gap-3">
        <Button onClick={fillZeros}>其余空格填0</Button>
        <span className="text-sm text-slate-600">
          只填白色格子；灰色“总计”格自动计算。可用方向键、回车、Tab 移动，可从 Excel/WPS 复制整块粘贴。
        </span>
      </div>
      <ReportGrid table={table} balance={isBalanceTable} />
      <TableErrors prefix={`tables.${table.key}.`} />
      <StepFooter onNext={onNext} />
    </section>
  );
}
