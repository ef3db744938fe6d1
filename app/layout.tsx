import type { Metadata } from "next";
import { OldBrowserNotice } from "@/components/ui/old-browser-notice";
import { AccountSlot } from "@/components/account/account-slot";
import { APP_ID, FLOOR_CSS } from "@/lib/browser-floor/floor-css";
import { contentSecurityPolicy } from "@/lib/server/security-headers";
import { appHref, isStaticSite } from "@/lib/site/base-path";
import "./globals.css";

export const metadata: Metadata = {
  title: "年报助手 — 政府信息公开工作年度报告",
  description: "按国办公开办函〔2021〕30号格式编写、校验并生成政府信息公开工作年度报告",
  // The app's own icon (public/icon.svg): browsers then never ask for a missing /favicon.ico.
  // Metadata URLs do not take the base path by themselves (issue #25).
  icons: { icon: { url: appHref("/icon.svg"), type: "image/svg+xml" } },
  // Dual-core browsers (360, QQ, 搜狗) open the page in their Chromium core, not their IE core (issue #22).
  other: { renderer: "webkit", "force-rendering": "webkit" },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <head>
        <meta httpEquiv="X-UA-Compatible" content="IE=edge" />
        {isStaticSite() && (
          // The static site (issue #25): no server of ours sends the headers, so the policies a page may hold
          // are in the page; frame-ancestors and nosniff come from the web server (docs/deploy.md).
          <>
            <meta httpEquiv="Content-Security-Policy" content={contentSecurityPolicy(false, true)} />
            <meta name="referrer" content="no-referrer" />
          </>
        )}
        <style dangerouslySetInnerHTML={{ __html: FLOOR_CSS }} />
      </head>
      <body className="min-h-screen bg-slate-50 text-slate-900">
        <OldBrowserNotice />
        <div id={APP_ID}>
          <AccountSlot />
          {children}
        </div>
      </body>
    </html>
  );
}
