"use client";
import { useWatch } from "react-hook-form";
import { reportTitle } from "@/lib/draft";

/** 「{机关}{年}年政府信息公开工作年度报告」, live from 基本信息. */
export function ReportTitle({ className = "" }: { className?: string }) {
  const [name, year] = useWatch({ name: ["unit.name", "year"] }) as [string, string];
  return <span className={className}>{reportTitle({ unit: { name, kind: "" }, year: Number(year) || Number.NaN }).replace("NaN", "（年度）")}</span>;
}
