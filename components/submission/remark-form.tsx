"use client";
// 退回修改's remarks (issue #26): each on the whole report or on one field — picked from the report's
// problems (their cells first) or from every cell and paragraph of the format (field-paths.ts).
import { useMemo, useState } from "react";
import { anchorFields } from "@/lib/submission-view/field-paths";
import type { Issue } from "@/lib/rules/types";
import { wizardSteps } from "@/lib/wizard/steps";
import { gov2021 } from "@/templates/gov-2021";
import { Button } from "@/components/ui/button";
import { inputClass } from "@/components/ui/field";

export type DraftRemark = { path: string; text: string };

type Props = { issues: Issue[]; busy: boolean; onSend: (remarks: { path?: string; text: string }[]) => void; onCancel: () => void };

export function RemarkForm({ issues, busy, onSend, onCancel }: Props) {
  const [rows, setRows] = useState<DraftRemark[]>([{ path: "", text: "" }]);
  const [error, setError] = useState("");
  const fields = anchorFields(gov2021);
  const steps = wizardSteps(gov2021);
  const flagged = useMemo(() => {
    const paths = new Set(issues.flatMap((i) => i.cells.slice(0, 1)));
    return fields.filter((f) => paths.has(f.path));
  }, [issues, fields]);
  const setRow = (i: number, patch: Partial<DraftRemark>) => setRows((r) => r.map((x, k) => (k === i ? { ...x, ...patch } : x)));
  const send = () => {
    const filled = rows.map((r) => ({ ...r, text: r.text.trim() })).filter((r) => r.text);
    if (filled.length === 0) return setError("请至少写一条审核意见");
    setError("");
    onSend(filled.map((r) => (r.path ? { path: r.path, text: r.text } : { text: r.text })));
  };
  return (
    <fieldset className="space-y-3 rounded border border-amber-500 bg-amber-50 p-3" data-testid="remark-form">
      <legend className="px-1 font-bold">退回修改：审核意见</legend>
      {rows.map((r, i) => (
        <div key={i} className="grid gap-2 md:grid-cols-[minmax(0,1fr)_minmax(0,2fr)_auto]">
          <div>
            <label htmlFor={`remark-path-${i}`} className="block text-sm font-bold">
              第 {i + 1} 条意见针对
            </label>
            <select id={`remark-path-${i}`} className={`${inputClass} w-full`} value={r.path} onChange={(e) => setRow(i, { path: e.target.value })}>
              <option value="">整份报告</option>
              {flagged.length > 0 && (
                <optgroup label="有问题的地方">
                  {flagged.map((f) => (
                    <option key={`f-${f.path}`} value={f.path}>
                      {f.label}
                    </option>
                  ))}
                </optgroup>
              )}
              {steps.map((s) => (
                <optgroup key={s.key} label={s.label}>
                  {fields
                    .filter((f) => f.step === s.key)
                    .map((f) => (
                      <option key={f.path} value={f.path}>
                        {f.label}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor={`remark-text-${i}`} className="block text-sm font-bold">
              意见
            </label>
            <textarea id={`remark-text-${i}`} rows={2} className={`${inputClass} w-full`} value={r.text} onChange={(e) => setRow(i, { text: e.target.value })} />
          </div>
          <div className="self-end">
            {rows.length > 1 && (
              <Button variant="link" onClick={() => setRows((x) => x.filter((_, k) => k !== i))} aria-label={`删除第 ${i + 1} 条意见`}>
                删除
              </Button>
            )}
          </div>
        </div>
      ))}
      <div className="flex flex-wrap gap-2">
        <Button onClick={() => setRows((x) => [...x, { path: "", text: "" }])}>再加一条意见</Button>
        <Button variant="danger" disabled={busy} onClick={send}>
          确定退回修改
        </Button>
        <Button onClick={onCancel}>取消</Button>
      </div>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
