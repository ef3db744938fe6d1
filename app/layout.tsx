import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: "年报助手 — 政府信息公开工作年度报告",
  description: "按国办公开办函〔2021〕30号格式编写、校验并生成政府信息公开工作年度报告",
  // The app's own icon (public/icon.svg): browsers then never ask for a missing /favicon.ico.
  icons: { icon: { url: "/icon.svg", type: "image/svg+xml" } },
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-slate-50 text-slate-900">{children}</body>
    </html>
  );
}
