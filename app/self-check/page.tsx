import type { Metadata } from "next";
import { SelfCheckPage } from "@/components/self-check/self-check-page";
import { SiteHeader } from "@/components/ui/site-header";

export const metadata: Metadata = { title: "安装自检 — 年报助手", description: "检查本浏览器能否使用年报助手的全部功能" };

export default function Page() {
  return (
    <>
      <SiteHeader />
      <SelfCheckPage />
    </>
  );
}
