"use client";
// 表三's live balance line, always in view at the foot of the table: per column 一+二 beside （七）总计+四 and
// their difference. Neutral while typing; red once 下一步 was pressed here or 检查与预览 reached. Never a sum
// over an invalid entry: the column says it cannot be added up and which cell to correct (a link to it).
import { memo, useSyncExternalStore, type CSSProperties } from "react";
import { gov2021 } from "@/templates/gov-2021";
import { balanceColumns, balanceLabels, balanceState, type BalanceColumn } from "@/lib/grid/balance";
import { cellByPath } from "./cell-defs";
import { useValuesAfterPaint } from "./use-values-after-paint";
import { useWizard } from "@/components/wizard/wizard-context";

const columns = balanceColumns(gov2021);
const labels = balanceLabels(gov2021);
const STEP = gov2021.sections.find((s) => s.table === gov2021.rules.balance.table)!.key;

/** 「二」 for a row with a short name, else its own label: 「1.属于国家秘密」. */
const rowShort = (path: string) => {
  const def = cellByPath.get(path);
  return def ? def.rowName.split(" ").pop()! : path;
};

const BalanceCell = memo(function BalanceCell({ col, strict, last }: { col: BalanceColumn; strict: boolean; last: boolean }) {
  const { goToField } = useWizard();
  // Like the totals, a frame after the keystroke: the keystroke's frame is not held up by the balance line.
  const state = balanceState(col, useValuesAfterPaint(col.left), useValuesAfterPaint(col.right));
  const colName = col.colName;
  const bad = strict && state.kind === "sum" && state.diff !== 0;
  const sticky = last ? "stick-right" : "";
  const cls = `border-r border-b border-slate-400 px-1.5 py-1 text-right text-sm leading-5 tabular-nums ${sticky}`;
  if (state.kind === "blocked") {
    const first = state.blockers[0]!;
    const names = state.blockers.slice(0, 3).map((p) => cellByPath.get(p)?.rowName ?? p).join("、");
    const say = `${colName}列：无法计算，${names}${state.blockers.length > 3 ? ` 等 ${state.blockers.length} 格` : ""}填写有误，请先改正`;
    return (
      <td aria-label={say} title={say} data-balance={col.colId} data-state="blocked" className={`${cls} bg-amber-50 text-amber-950`}>
        <div>无法计算</div>
        <button type="button" className="block w-full truncate text-right text-blue-800 underline" onClick={() => goToField(first)} aria-label={`改正：${cellByPath.get(first)?.ariaLabel ?? first}`}>
          改正“{rowShort(first)}”
        </button>
        <div className="text-xs">{state.blockers.length > 1 ? `共 ${state.blockers.length} 格` : " "}</div>
      </td>
    );
  }
  const { left, right, diff } = state;
  const say = `${colName}列：${labels.left} = ${left}，${labels.right} = ${right}，${diff === 0 ? "相等" : `相差 ${Math.abs(diff)}`}`;
  return (
    <td aria-label={say} data-balance={col.colId} data-state={bad ? "error" : diff === 0 ? "ok" : "open"} className={`${cls} ${bad ? "bg-red-100 text-red-900" : "bg-slate-50 text-slate-800"}`}>
      <div>{left}</div>
      <div>{right}</div>
      <div className={diff === 0 ? "text-green-800" : bad ? "font-bold" : "font-bold text-slate-900"}>{diff === 0 ? "相等 ✓" : `差 ${Math.abs(diff)}`}</div>
    </td>
  );
});

export function BalanceRow({ labelWidth, labelStyle }: { labelWidth: number; labelStyle?: CSSProperties }) {
  const { issues } = useWizard();
  const get = () => issues.get().all || issues.get().checked.has(STEP);
  const strict = useSyncExternalStore(issues.subscribe, get, get);
  return (
    <tr data-testid="balance-row">
      <th scope="row" colSpan={labelWidth} style={labelStyle} className="stick-left border-r border-b border-slate-400 bg-slate-50 px-2 py-1 text-right text-sm font-normal leading-5 text-slate-800">
        <div>{labels.left}</div>
        <div>{labels.right}</div>
        <div className="font-bold">两者之差（每一列都应相等）</div>
      </th>
      {columns.map((c, i) => (
        <BalanceCell key={c.colId} col={c} strict={strict} last={i === columns.length - 1} />
      ))}
    </tr>
  );
}
