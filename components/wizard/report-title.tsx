"use client";
import { useWatch } from "react-hook-form";
import { titleTail } from "@/lib/docx/title-lines";
import { UserText } from "@/components/ui/user-text";

/** 「{机关}{年}年政府信息公开工作年度报告」, live from 基本信息; the name bidi-isolated. */
export function ReportTitle({ className = "" }: { className?: string }) {
  const [name, year] = useWatch({ name: ["unit.name", "year"] }) as [string, string];
  return (
    <span className={className}>
      <UserText>{name?.trim() || "（机关名称）"}</UserText>
      {titleTail(Number(year) || "（年度）")}
    </span>
  );
}
