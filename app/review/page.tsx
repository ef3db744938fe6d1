import type { Metadata } from "next";
import { ReviewPage } from "@/components/review/review-page";
import { SiteHeader } from "@/components/ui/site-header";

export const metadata: Metadata = {
  title: "审核台 — 年报助手",
  description: "一次审核本地区各单位的政府信息公开工作年度报告：逐份检查、名单核对、跨年度核对和汇总",
};

export default function Page() {
  return (
    <>
      <SiteHeader wide />
      <ReviewPage />
    </>
  );
}
