"use client";
// The clerk confirms how the register is read (issue #24): which sheet and header rows, what each column means,
// and for every distinct value of a mapped column its count and category (the format's labels). Values the
// reader is unsure of are highlighted and must be chosen before the table is filled.
import { useMemo } from "react";
import type { ColumnRole, RegisterKind, RegisterMapping, RegisterProposal, ValueField } from "@/lib/register/types";
import { categoryOptions } from "@/lib/register/mapping/categories";
import { columnRoles, FIELD_TITLES } from "./column-roles";

/** The select's value for 「不计入」: the rows with this value are listed as not counted. */
export const NOT_COUNTED = "__none";

export const valueKey = (field: ValueField, value: string) => `${field}\u0000${value}`;

type Props = {
  kind: RegisterKind;
  sheetCount: number;
  proposal: RegisterProposal;
  mapping: RegisterMapping;
  confirmed: ReadonlySet<string>;
  onRole: (index: number, role: ColumnRole) => void;
  onValue: (field: ValueField, value: string, category: string | null) => void;
};

const rowList = (rows: number[]) => rows.map((r) => `第 ${r} 行`).join("、");

function Layout({ proposal, sheetCount }: { proposal: RegisterProposal; sheetCount: number }) {
  const { layout } = proposal;
  return (
    <p data-testid="register-layout">
      读取的是{sheetCount > 1 ? `第一个有台账的工作表` : "工作表"}「{layout.sheet}」：表头在{rowList(layout.headerRows)}，申请从第 {layout.firstDataRow} 行起。
    </p>
  );
}

function Columns({ kind, proposal, mapping, onRole }: Pick<Props, "kind" | "proposal" | "mapping" | "onRole">) {
  const roles = columnRoles(kind);
  return (
    <fieldset className="mt-3">
      <legend className="font-bold">各列的含义</legend>
      <ul className="mt-1 grid gap-1 sm:grid-cols-2">
        {proposal.columns.map((c) => {
          const role = mapping.columns.find((m) => m.header === c.header)?.role ?? c.role;
          const id = `register-col-${kind}-${c.index}`;
          return (
            <li key={c.index} className={`flex flex-wrap items-center gap-x-2 ${c.sure ? "" : "rounded bg-amber-100 px-1"}`}>
              <label htmlFor={id} className="w-40 shrink-0 truncate" title={c.header}>
                {c.header || `第 ${c.index + 1} 列`}
              </label>
              <select id={id} value={role} onChange={(e) => onRole(c.index, e.target.value as ColumnRole)} className="min-w-0 flex-1 rounded border border-slate-400 px-1 py-0.5">
                {roles.map(([r, label]) => (
                  <option key={r} value={r}>
                    {label}
                  </option>
                ))}
              </select>
              {c.note && <span className="basis-full text-xs text-slate-700">{c.note}</span>}
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function Values({ field, proposal, mapping, confirmed, onValue, kind }: Omit<Props, "sheetCount" | "onRole"> & { field: ValueField }) {
  const options = useMemo(() => categoryOptions(field), [field]);
  const choices = proposal.values[field] ?? [];
  if (choices.length === 0) return null;
  const unsure = choices.filter((c) => !c.sure && !confirmed.has(valueKey(field, c.value))).length;
  return (
    <fieldset className="mt-3" data-field={field}>
      <legend className="font-bold">
        「{FIELD_TITLES[field]}」一列的各种写法{unsure > 0 ? `（${unsure} 项需要您选择）` : ""}
      </legend>
      <table className="mt-1 border-collapse text-sm">
        <thead>
          <tr>
            <th scope="col" className="border border-slate-300 bg-slate-100 px-1 text-left">台账中的写法</th>
            <th scope="col" className="border border-slate-300 bg-slate-100 px-1 text-right">件数</th>
            <th scope="col" className="border border-slate-300 bg-slate-100 px-1 text-left">计入报告表格的</th>
          </tr>
        </thead>
        <tbody>
          {choices.map((c, i) => {
            const open = !c.sure && !confirmed.has(valueKey(field, c.value));
            const current = mapping.values[field]?.[c.value] ?? null;
            const id = `register-val-${kind}-${field}-${i}`;
            const hint = open && c.category ? options.find((o) => o.key === c.category)?.label : undefined;
            const described = hint || c.note ? `${id}-hint` : undefined;
            return (
              <tr key={c.value} className={open ? "bg-amber-100" : undefined} data-value={c.value}>
                <th scope="row" className="border border-slate-300 px-1 text-left font-normal">
                  <label htmlFor={id}>{c.value}</label>
                </th>
                <td className="border border-slate-300 px-1 text-right tabular-nums">{c.count}</td>
                <td className="border border-slate-300 px-1">
                  <select
                    id={id}
                    value={open ? "" : (current ?? NOT_COUNTED)}
                    aria-invalid={open || undefined}
                    aria-describedby={described}
                    onChange={(e) => onValue(field, c.value, e.target.value === NOT_COUNTED ? null : e.target.value)}
                    className="w-full max-w-md rounded border border-slate-400 px-1 py-0.5"
                  >
                    {open && <option value="">请选择……</option>}
                    {options.map((o) => (
                      <option key={o.key} value={o.key}>
                        {o.label}
                      </option>
                    ))}
                    <option value={NOT_COUNTED}>不计入（列为未计入的行）</option>
                  </select>
                  {(hint || c.note) && (
                    <span id={`${id}-hint`} className="block text-xs text-amber-950">
                      {[hint && `可能是：${hint}`, c.note].filter(Boolean).join("；")}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}

const FIELDS: Record<RegisterKind, ValueField[]> = { requests: ["applicantType", "outcome"], appeals: ["caseType", "result"] };

export function MappingReview(props: Props) {
  return (
    <div>
      <Layout proposal={props.proposal} sheetCount={props.sheetCount} />
      <Columns {...props} />
      {FIELDS[props.kind].map((f) => (
        <Values key={f} field={f} {...props} />
      ))}
    </div>
  );
}

/** How many unsure values the clerk has not chosen yet. */
export function openChoices(proposal: RegisterProposal, confirmed: ReadonlySet<string>): number {
  return (Object.entries(proposal.values) as [ValueField, RegisterProposal["values"][ValueField]][]).reduce(
    (n, [field, cs]) => n + (cs ?? []).filter((c) => !c.sure && !confirmed.has(valueKey(field, c.value))).length,
    0,
  );
}
