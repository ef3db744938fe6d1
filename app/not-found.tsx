import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/components/ui/site-header";

export const metadata: Metadata = { title: "找不到页面 — 年报助手" };

export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main className="mx-auto max-w-4xl space-y-4 p-8">
        <h1 className="text-2xl font-bold">找不到这个页面</h1>
        <p className="text-slate-700">地址可能有误，或页面已经移动。填写的报告草稿保存在本浏览器中，不受影响。</p>
        <ul className="list-disc space-y-1 pl-5">
          <li>
            <Link href="/" className="text-blue-800 underline">
              回到首页
            </Link>
            ：新建报告或继续填写草稿
          </li>
          <li>
            <Link href="/check" className="text-blue-800 underline">
              检查已有报告
            </Link>
          </li>
        </ul>
      </main>
    </>
  );
}
