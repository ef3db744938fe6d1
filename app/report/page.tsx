import type { Metadata } from "next";
import { Wizard } from "@/components/wizard/wizard";

export const metadata: Metadata = { title: "填写年度报告 — 年报助手" };

export default function ReportPage() {
  return <Wizard />;
}
