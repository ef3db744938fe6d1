"use client";
// Before 「按台账填表」: how many applications will be counted, the rows that cannot be, and — when the draft
// already holds counts from a register — which cells change (diffTallies) and how.
import { cellName } from "@/lib/format/cell-path";
import { cellByPath } from "@/components/grid/cell-defs";
import type { Tallied } from "./register-jobs";
import { UncountedList } from "./uncounted-list";

export function TallyPreview({ tallied, reloaded, year }: { tallied: Tallied; reloaded: boolean; year: number }) {
  const { result, changes } = tallied;
  return (
    <div className="rounded bg-slate-50 p-2 text-sm" data-testid="register-preview">
      <p role="status">
        按{year}年度统计：台账中有 {result.rowsSeen} 行申请，{result.rowsCounted} 行可以计入表格
        {result.uncounted.length > 0 ? `，${result.uncounted.length} 行不能计入（见下）` : ""}。
      </p>
      <UncountedList rows={result.uncounted} />
      {reloaded && (
        <div className="mt-2" data-testid="register-changes">
          {changes.length === 0 ? (
            <p>与上次按台账填入的数字相同。</p>
          ) : (
            <>
              <p>与上次按台账填入的数字相比，以下 {changes.length} 格将改变（填表时替换为新的数字）：</p>
              <ul className="list-disc pl-6">
                {changes.map((c) => {
                  const def = cellByPath.get(c.path);
                  return (
                    <li key={c.path}>
                      {def ? cellName(def) : c.path}：{c.before} → {c.after}
                    </li>
                  );
                })}
              </ul>
            </>
          )}
        </div>
      )}
    </div>
  );
}
