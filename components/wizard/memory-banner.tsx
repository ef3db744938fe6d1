"use client";
// Every browser storage blocked by policy: the wizard works in this page's memory. Said for as long as the page
// is open (never dismissed), with the draft exported in one click.
import { Button } from "@/components/ui/button";

export const NO_STORAGE = "本浏览器禁止网站保存数据（存储已被策略或设置禁用），填写的内容只在本页中，关闭或刷新页面后将全部丢失。请随时导出数据文件保存。";

export function MemoryBanner({ onExport }: { onExport?: () => void }) {
  return (
    <div role="alert" data-testid="no-storage" className="flex flex-wrap items-center gap-3 border-b-2 border-red-600 bg-red-50 px-4 py-2 text-red-950">
      <span className="font-bold">内容未保存：</span>
      <span>{NO_STORAGE}</span>
      {onExport && (
        <Button variant="primary" onClick={onExport}>
          导出数据文件
        </Button>
      )}
    </div>
  );
}
