"use client";
// 二、三、四: the official table; typed cells only, totals computed. Its problems — cell errors and 表三's
// balance — are in the one list above 下一步 (StepFooter), right below the table and its balance line.
import { useFormContext } from "react-hook-form";
import type { SectionDef } from "@/lib/format/types";
import { tableCells } from "@/lib/format/cell-path";
import { Button } from "@/components/ui/button";
import { ReportGrid } from "@/components/grid/report-grid";
import { ImportRegisterButton, RegisterArea, RegisterPanelSlot, RegisterSummary } from "@/components/register/register-area";
import type { RegisterKind } from "@/lib/register/types";
import { StepFooter } from "./step-footer";
import { StepHeading } from "./step-heading";
import { useWizard } from "./wizard-context";

/** 表三 is counted from the 政府信息公开申请登记台账, 表四 from the 行政复议/行政诉讼 register (issue #24). */
const REGISTER_OF: Partial<Record<string, RegisterKind>> = { requests: "requests", appeals: "appeals" };

export function TableStep({ section }: { section: SectionDef }) {
  const { format } = useWizard();
  const { getValues, setValue } = useFormContext();
  const table = format.tables[section.table!];
  const isBalanceTable = table.key === format.rules.balance.table;
  const cells = tableCells(table);
  const hasTotals = cells.some((d) => d.rowTotal || d.colTotal);
  const hasRowLabels = table.type === "stacked" || table.rowLabels;

  const fillZeros = () => {
    for (const d of cells) {
      if (d.rowTotal || d.colTotal) continue;
      if (String(getValues(d.path) ?? "").trim() === "") setValue(d.path, "0", { shouldDirty: true });
    }
  };

  const register = REGISTER_OF[table.key];
  const body = (
    <section>
      <StepHeading title={section.heading} guidance={section.guidance} />
      <div className="mb-2 flex flex-wrap items-center gap-x-3 gap-y-1">
        <Button onClick={fillZeros}>其余空格填0</Button>
        {register && <ImportRegisterButton />}
        <span className="min-w-0 flex-1 text-sm text-slate-600">
          {hasTotals ? "只填白色格子；灰色“总计”格自动计算。" : "在白色格子里填写数字。"}
          可用方向键、回车、Tab 移动，可从 Excel/WPS 复制整块粘贴{hasRowLabels ? "（可连同行名一起复制）" : ""}。
        </span>
      </div>
      {register && <RegisterPanelSlot />}
      <ReportGrid table={table} balance={isBalanceTable} />
      {register && <RegisterSummary />}
      <StepFooter />
    </section>
  );
  return register ? (
    <RegisterArea kind={register} table={table}>
      {body}
    </RegisterArea>
  ) : (
    body
  );
}
