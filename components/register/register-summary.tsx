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
import { useRegisterArea } from "./area-context";
import { cellRegisterState } from "./cell-register-state";
import { UncountedList } from "./uncounted-list";

const day = (iso: string) => {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : "";
};

export function RegisterSummary() {
  const { kind, table, openCases } = useRegisterArea();
  const { setValue } = useFormContext();
  const defs = useMemo(() => tableCells(table).filter((d) => !d.rowTotal && !d.colTotal), [table]);
  const names = useMemo(() => [`register.${kind}`, ...defs.map((d) => d.path)], [kind, defs]);
  const [rec, ...typed] = useValuesAfterPaint(names);
  const record = rec as RegisterRecord | undefined;
  if (!record?.counts) return null;

  const states = defs.map((d, i) => ({ def: d, typed: typed[i], state: cellRegisterState(record, d.path, typed[i])! }));
  const differing = states.filter((s) => s.state.differs);
  const withCases = states.filter((s) => s.state.count > 0);
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
          <p className="text-amber-950">以下 {differing.length} 格填写的数字与台账不同：</p>
          <ul className="mt-1 space-y-1" data-testid="register-differs">
            {differing.map(({ def, typed: t, state }) => (
              <li key={def.path} className="flex flex-wrap items-center gap-2" data-path-differs={def.path}>
                <span>
                  {cellName(def)}：填写 {String(t ?? "") || "（空）"}，台账 {state.count} 件
                </span>
                <Button className="px-2! py-0.5!" onClick={() => keep(def.path)}>
                  以填写的数字为准
                </Button>
                <Button className="px-2! py-0.5!" onClick={() => restore(def.path, state.count)}>
                  改回台账的 {state.count}
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
            {withCases.map(({ def, state }) => (
              <li key={def.path}>
                <Button variant="link" onClick={() => openCases(def.path)}>
                  {cellName(def)}：台账 {state.count} 件
                </Button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
