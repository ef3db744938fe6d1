"use client";
// Under 表三/表四 once it was filled from the register (issue #24): when and from how many applications, the rows
// that could not be counted (with the reason), every figure typed over the register's count with
// 「以填写的数字为准」, and each cell's cases — all reachable by keyboard (the marks in the cells are for the mouse).
import { useMemo } from "react";
import { useFormContext } from "react-hook-form";
import type { RegisterRecord } from "@/lib/register/types";
import { cellName, tableCells } from "@/lib/format/cell-path";
import { Button } from "@/components/ui/button";
import { useValuesAfterPaint } from "@/components/grid/use-values-after-paint";
import { useIssues } from "@/components/wizard/wizard-context";
import { useRegisterArea } from "./area-context";
import { DIFFERS_RULE } from "./cell-register-state";
import { UncountedList } from "./uncounted-list";

const day = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : "";
};

export function RegisterSummary() {
  const { kind, table, openCases } = useRegisterArea();
  const { setValue } = useFormContext();
  const defs = useMemo(() => tableCells(table).filter((d) => !d.rowTotal && !d.colTotal), [table]);
  const names = useMemo(() => [`register.${kind}`], [kind]);
  const [rec] = useValuesAfterPaint(names);
  const record = rec as RegisterRecord | undefined;
  const { issues } = useIssues();
  if (!record?.counts) return null;

  // register.differs (lib/rules) says which figures were typed over the register, in its own words.
  const mine = new Set(defs.map((d) => d.path));
  const differing = issues.filter((i) => i.rule === DIFFERS_RULE && mine.has(i.cells[0]!)).map((i) => ({ path: i.cells[0]!, message: i.message }));
  const withCases = defs.map((def) => ({ def, count: record.counts[def.path] ?? 0 })).filter((c) => c.count > 0);
  const applications = new Set(Object.values(record.cases ?? {}).flat()).size;
  const save = (next: RegisterRecord) => setValue(`register.${kind}`, next, { shouldDirty: true });
  const keep = (path: string) => save({ ...record, confirmedOverrides: [...new Set([...(record.confirmedOverrides ?? []), path])] });
  const restore = (path: string, count: number) => {
    setValue(path, String(count), { shouldDirty: true });
    save({ ...record, confirmedOverrides: (record.confirmedOverrides ?? []).filter((p) => p !== path) });
  };

  return (
    <section aria-labelledby={`register-summary-${kind}`} className="mt-3 rounded border border-sky-300 bg-sky-50 p-3 text-sm" data-testid="register-summary">
      <h3 id={`register-summary-${kind}`} tabIndex={-1} className="font-bold outline-none">
        本表已按台账填写{record.countedAt ? `（${day(record.countedAt)}）` : ""}：台账中 {applications} 件申请计入表内
      </h3>
      {differing.length > 0 && (
        <div className="mt-2" role="group" aria-label="与台账不符的数字">
          <p className="text-amber-950">以下 {differing.length} 格填写的数字与台账不同，请核对：</p>
          <ul className="mt-1 space-y-1" data-testid="register-differs">
            {differing.map(({ path, message }) => (
              <li key={path} className="flex flex-wrap items-center gap-2" data-path-differs={path}>
                <span>{message}</span>
                <Button className="px-2! py-0.5!" onClick={() => keep(path)}>
                  以填写的数字为准
                </Button>
                <Button className="px-2! py-0.5!" onClick={() => restore(path, record.counts[path] ?? 0)}>
                  改回台账的 {record.counts[path] ?? 0}
                </Button>
              </li>
            ))}
          </ul>
        </div>
      )}
      <UncountedList rows={record.uncounted ?? []} />
      {withCases.length > 0 && (
        <details className="mt-2">
          <summary className="cursor-pointer">各格计入的申请（{withCases.length} 格）</summary>
          <ul className="mt-1 flex flex-wrap gap-2">
            {withCases.map(({ def, count }) => (
              <li key={def.path}>
                <Button variant="link" onClick={() => openCases(def.path)}>
                  {cellName(def)}：台账 {count} 件
                </Button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
