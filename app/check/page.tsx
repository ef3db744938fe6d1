import type { Metadata } from "next";
import { CheckPage } from "@/components/check/check-page";
import { SiteHeader } from "@/components/ui/site-header";

export const metadata: Metadata = {
  title: "检查已有报告 — 年报助手",
  description: "上传或粘贴已有的政府信息公开工作年度报告，识别格式并检查表格和文字",
};

export default function Page() {
  return (
    <>
      <SiteHeader />
      <CheckPage />
    </>
  );
}
