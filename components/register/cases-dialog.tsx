"use client";
// A cell's cases (issue #24): the register rows counted in it, as 「第 5 行」, and — while the register is still
// loaded in this page — the non-private cells of those rows (dates, type, outcome), asked of the worker. Names,
// ID numbers, phone numbers and request texts are never shown (register-jobs.ts leaves them in the worker).
import { useEffect, useRef, useState } from "react";
import { useFormContext, useWatch } from "react-hook-form";
import type { RegisterKind, RegisterRecord } from "@/lib/register/types";
import { cellName } from "@/lib/format/cell-path";
import { cellByPath } from "@/components/grid/cell-defs";
import { Button } from "@/components/ui/button";
import type { RegisterSession } from "./area-context";
import type { CaseRow } from "./register-jobs";
import { useIssues } from "@/components/wizard/wizard-context";
import { DIFFERS_RULE } from "./cell-register-state";

/** More rows than a dialog can usefully show are named by number only. */
const SHOWN_ROWS = 200;

function useCaseRows(session: RegisterSession | null, rows: number[]): CaseRow[] | null {
  const [cells, setCells] = useState<CaseRow[] | null>(null);
  useEffect(() => {
    let live = true;
    if (!session || rows.length === 0) return;
    void import("./register-client").then(async ({ registerWorker, registerWorkerStarted }) => {
      if (!registerWorkerStarted()) return;
      const got = await registerWorker().rows(session.layout, session.mapping, rows.slice(0, SHOWN_ROWS));
      if (live) setCells(got);
    });
    return () => void (live = false);
  }, [session, rows]);
  return cells;
}

export function CasesDialog({ kind, path, session, onClose }: { kind: RegisterKind; path: string; session: RegisterSession | null; onClose: () => void }) {
  const record = useWatch({ name: `register.${kind}` }) as RegisterRecord | undefined;
  const rows = record?.cases?.[path] ?? [];
  const [stable] = useState(rows);
  const cells = useCaseRows(session, stable);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const def = cellByPath.get(path);
  const name = def ? cellName(def) : path;
  const headers = cells?.[0]?.cells.map((c) => c.header) ?? [];
  const { setValue } = useFormContext();
  const differs = useIssues().issues.find((i) => i.rule === DIFFERS_RULE && i.cells[0] === path);
  const keep = () => record && setValue(`register.${kind}`, { ...record, confirmedOverrides: [...new Set([...(record.confirmedOverrides ?? []), path])] }, { shouldDirty: true });

  return (
    <dialog
      ref={dialog}
      aria-labelledby="register-cases-title"
      onClose={onClose}
      className="m-auto max-h-[85vh] w-[min(48rem,95vw)] overflow-auto rounded border border-slate-400 p-4 shadow-xl backdrop:bg-slate-900/40"
    >
      <h2 id="register-cases-title" className="mb-2 text-lg font-bold">
        {name}：台账 {record?.counts?.[path] ?? 0} 件
      </h2>
      {differs && (
        <div className="mb-2 rounded bg-amber-50 p-2 text-sm text-amber-950" data-testid="register-case-differs">
          <p>{differs.message}</p>
          <Button className="mt-1 px-2! py-0.5!" onClick={keep}>
            以填写的数字为准
          </Button>
        </div>
      )}
      {rows.length === 0 ? (
        <p>台账中没有计入这一格的申请。</p>
      ) : cells && cells.length > 0 ? (
        <table className="mb-2 w-full border-collapse text-sm" data-testid="register-case-rows">
          <thead>
            <tr>
              <th scope="col" className="border border-slate-300 bg-slate-100 px-1 text-left">台账中的行</th>
              {headers.map((h, i) => (
                <th key={i} scope="col" className="border border-slate-300 bg-slate-100 px-1 text-left">{h}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {cells.map((r) => (
              <tr key={r.rowNumber}>
                <th scope="row" className="border border-slate-300 px-1 text-left font-normal">第 {r.rowNumber} 行</th>
                {r.cells.map((c, i) => (
                  <td key={i} className="border border-slate-300 px-1">{c.text}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <>
          <ul className="mb-2 flex flex-wrap gap-x-3 gap-y-1" data-testid="register-case-numbers">
            {rows.slice(0, SHOWN_ROWS).map((n) => (
              <li key={n}>第 {n} 行</li>
            ))}
          </ul>
          {!session && <p className="text-sm text-slate-600">台账中的行号。再次「从台账导入」这份台账后，可在这里看到各行的日期、类型和结果。</p>}
        </>
      )}
      {rows.length > SHOWN_ROWS && <p className="text-sm text-slate-600">另有 {rows.length - SHOWN_ROWS} 行未列出。</p>}
      <Button className="mt-2" onClick={() => dialog.current?.close()}>
        关闭
      </Button>
    </dialog>
  );
}
