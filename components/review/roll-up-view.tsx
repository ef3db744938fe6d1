"use client";
// 汇总: the included reports' 表二、表三、表四 summed, in the official layout (the preview's table, drawn
// from the same tableLayout as the .docx), the roll-up's own check, and who is in and who is left out. The
// reports summed with errors in their own tables are named above the check, which their errors unbalance.
import { cleanLine } from "@/lib/text/hygiene";
import { useState } from "react";
import type { Report } from "@/lib/report/types";
import { EXCLUSION_NAMES, tableErrorsText } from "@/lib/review/columns";
import { flawedOf } from "@/lib/review/roll-up-flawed";
import type { RollUp } from "@/lib/review/types";
import { gov2021 } from "@/templates/gov-2021";
import { IssueGroups } from "@/components/check/issue-groups";
import { PreviewTable } from "@/components/preview/preview-table";
import { Button } from "@/components/ui/button";

type Props = { rollUp: RollUp; busy: string; onDocx: (countyName: string) => void; onWorkbook: () => void; onSelect: (id: string) => void };

export function RollUpView({ rollUp, busy, onDocx, onWorkbook, onSelect }: Props) {
  const [county, setCounty] = useState("");
  const flawed = flawedOf(rollUp);
  const asReport = { tables: rollUp.tables } as Report; // the preview table reads only the tables
  const sections = gov2021.sections.flatMap((s) => (s.table ? [{ heading: s.heading, table: gov2021.tables[s.table] }] : []));
  return (
    <div className="space-y-5" data-testid="roll-up">
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="county-name" className="block text-sm font-bold">
            汇总单位名称（用于汇总表标题，可不填）
          </label>
          <input id="county-name" value={county} onChange={(e) => setCounty(e.target.value)} className="w-64 rounded border border-slate-400 bg-white px-2 py-1" placeholder="例如：某某县" />
        </div>
        <Button variant="primary" disabled={Boolean(busy) || rollUp.included.length === 0} onClick={() => onDocx(cleanLine(county))}>
          下载汇总表（.docx）
        </Button>
        <Button variant="secondary" disabled={Boolean(busy)} onClick={onWorkbook}>
          导出审核结果（.xlsx）
        </Button>
      </div>
      <p>
        汇总 {rollUp.year ? `${rollUp.year} 年度` : ""}共 <strong>{rollUp.included.length}</strong> 份报告，未计入 <strong>{rollUp.excluded.length}</strong> 份。
      </p>
      {flawed.length > 0 && (
        <div role="note" data-testid="roll-up-flawed" className="rounded border-l-4 border-amber-500 bg-amber-50 p-3 text-amber-950">
          <p>
            计入汇总的报告中有 <strong>{flawed.length}</strong> 份表格有错误，汇总数按原数计入，下面的核对可能因此不平。请这些单位更正后重新载入：
          </p>
          <ul className="mt-1 list-disc pl-5">
            {flawed.map((u) => (
              <li key={u.entryId}>
                <Button variant="link" onClick={() => onSelect(u.entryId)}>
                  <bdi>{u.unit || u.entryId}</bdi>
                </Button>
                （{tableErrorsText(u.tableErrors)}）
              </li>
            ))}
          </ul>
        </div>
      )}
      <section aria-labelledby="roll-up-check" className="space-y-2">
        <h3 id="roll-up-check" className="font-bold">
          汇总表的核对
        </h3>
        <IssueGroups issues={rollUp.issues} />
      </section>
      <div role="region" aria-label="汇总表（可滚动）" tabIndex={0} className="overflow-x-auto rounded bg-white p-3 shadow" style={{ fontFamily: '"FangSong", "仿宋", serif' }}>
        {sections.map(({ heading, table }) => (
          <section key={table.key} aria-label={heading} className="mb-4">
            <h3 className="font-bold" style={{ fontFamily: '"SimHei", "黑体", sans-serif' }}>
              {heading}
            </h3>
            <PreviewTable table={table} report={asReport} />
          </section>
        ))}
      </div>
      <div className="grid gap-3 md:grid-cols-2">
        <section data-testid="roll-up-included" className="rounded border border-slate-300 bg-white p-3">
          <h3 className="font-bold">计入汇总的单位（{rollUp.included.length}）</h3>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {rollUp.included.map((u) => (
              <li key={u.entryId}>
                <bdi>{u.unit || u.entryId}</bdi>
                {u.tableErrors > 0 && <span className="text-red-800">（{tableErrorsText(u.tableErrors)}）</span>}
              </li>
            ))}
          </ul>
        </section>
        <section data-testid="roll-up-excluded" className="rounded border border-slate-300 bg-white p-3">
          <h3 className="font-bold">未计入汇总的报告（{rollUp.excluded.length}）</h3>
          <ul className="mt-1 list-disc pl-5 text-sm">
            {rollUp.excluded.map((u) => (
              <li key={u.entryId}>
                <bdi>{u.unit || u.entryId}</bdi>：{EXCLUSION_NAMES[u.reason]}
              </li>
            ))}
          </ul>
        </section>
      </div>
    </div>
  );
}
