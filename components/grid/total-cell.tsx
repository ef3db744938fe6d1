"use client";
// A computed 总计 cell: watches only its own addends and re-renders alone, a frame after the keystroke.
import { memo } from "react";
import { sumCells } from "@/lib/grid/totals";
import { formatNumber } from "@/lib/values/format-number";
import { addendsByPath, cellByPath } from "./cell-defs";
import { useValuesAfterPaint } from "./use-values-after-paint";

export const TotalCell = memo(function TotalCell({ path }: { path: string }) {
  const addends = addendsByPath.get(path)!;
  const def = cellByPath.get(path)!;
  const values = useValuesAfterPaint(addends);
  const sum = sumCells(values);
  const text = sum === null ? "—" : formatNumber(sum, def.kind);
  return (
    <output
      data-path={path}
      tabIndex={-1}
      aria-label={`${def.ariaLabel}（自动计算）`}
      title={sum === null ? "有无法识别的数字，暂不能计算" : "自动计算，无需填写"}
      className="block px-1 py-1 text-right font-bold tabular-nums text-slate-800 outline-none focus:outline-2 focus:outline-solid focus:-outline-offset-2 focus:outline-blue-600"
    >
      {text}
    </output>
  );
});
