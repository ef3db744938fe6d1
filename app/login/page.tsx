import type { Metadata } from "next";
import { LoginPage } from "@/components/account/login-page";
import { SiteHeader } from "@/components/ui/site-header";

export const metadata: Metadata = { title: "登录 — 年报助手" };

export default function Page() {
  return (
    <>
      <SiteHeader />
      <LoginPage />
    </>
  );
}
