"use client";
// A computed 总计 cell: watches only its own addends and re-renders alone. The new sum is rendered
// as a deferred update, so a keystroke's own frame only repaints the typed cell; totals follow a frame later.
import { memo, useDeferredValue } from "react";
import { useWatch } from "react-hook-form";
import { sumCells } from "@/lib/grid/totals";
import { formatNumber } from "@/lib/values/format-number";
import { addendsByPath, cellByPath } from "./cell-defs";

export const TotalCell = memo(function TotalCell({ path }: { path: string }) {
  const addends = addendsByPath.get(path)!;
  const def = cellByPath.get(path)!;
  const values = useDeferredValue(useWatch({ name: addends }) as unknown[]);
  const sum = sumCells(values);
  const text = sum === null ? "—" : formatNumber(sum, def.kind);
  return (
    <output
      data-path={path}
      tabIndex={-1}
      aria-label={`${def.ariaLabel}（自动计算）`}
      title={sum === null ? "有无法识别的数字，暂不能计算" : "自动计算，无需填写"}
      className="block px-1 py-1 text-right font-bold tabular-nums text-slate-800"
    >
      {text}
    </output>
  );
});
