"use client";
// 表三's live balance line: per column 一+二 beside （七）总计+四 and their difference. Neutral while
// typing; red once the clerk pressed 下一步 or reached 检查与预览 with the sides unequal.
import { memo } from "react";
import { gov2021 } from "@/templates/gov-2021";
import { balanceColumns, balanceLabels, type BalanceColumn } from "@/lib/grid/balance";
import { sumCells } from "@/lib/grid/totals";
import { cellByPath } from "./cell-defs";
import { useValuesAfterPaint } from "./use-values-after-paint";
import { useSignal, useWizard } from "@/components/wizard/wizard-context";

const columns = balanceColumns(gov2021);
const labels = balanceLabels(gov2021);

const BalanceCell = memo(function BalanceCell({ col, strict }: { col: BalanceColumn; strict: boolean }) {
  // Like the totals, a frame after the keystroke: the keystroke's frame is not held up by the balance line.
  const left = sumCells(useValuesAfterPaint(col.left));
  const right = sumCells(useValuesAfterPaint(col.right));
  const diff = left === null || right === null ? null : left - right;
  const bad = strict && diff !== null && diff !== 0;
  const colName = cellByPath.get(col.left[0]!)?.colName ?? "";
  const say = `${colName}列：${labels.left} = ${left ?? "—"}，${labels.right} = ${right ?? "—"}，${diff === 0 ? "相等" : `相差 ${diff === null ? "—" : Math.abs(diff)}`}`;
  return (
    <td
      aria-label={say}
      data-balance={col.colId}
      data-state={bad ? "error" : diff === 0 ? "ok" : "open"}
      className={`border-r border-b border-slate-400 px-1 py-0.5 text-right text-xs leading-4 tabular-nums ${bad ? "bg-red-100 text-red-800" : "bg-slate-50 text-slate-700"}`}
    >
      <div>{left ?? "—"}</div>
      <div>{right ?? "—"}</div>
      <div className={bad ? "font-bold" : ""}>{diff === 0 ? "相等" : `差 ${diff === null ? "—" : Math.abs(diff)}`}</div>
    </td>
  );
});

export function BalanceRow({ labelWidth }: { labelWidth: number }) {
  const { strictBalance } = useWizard();
  const strict = useSignal(strictBalance);
  return (
    <tr>
      <th scope="row" colSpan={labelWidth} className="border-r border-b border-slate-400 bg-slate-50 px-2 py-0.5 text-right text-xs font-normal leading-4 text-slate-700">
        <div>{labels.left}</div>
        <div>{labels.right}</div>
        <div>两者之差（每一列都应相等）</div>
      </th>
      {columns.map((c) => (
        <BalanceCell key={c.colId} col={c} strict={strict} />
      ))}
    </tr>
  );
}
