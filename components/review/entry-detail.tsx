"use client";
// One report of the batch: what was found, the full issue list and the printed-layout preview — the same
// components as /check — and 「在向导中打开修改」 (a draft made from the report, opened in the wizard).
import { useEffect, useState } from "react";
import { useRouter } from "next/navigation";
import { createDraft } from "@/lib/draft";
import { FORMAT_NAMES, STATUS_NAMES } from "@/lib/review/columns";
import type { ReviewEntry } from "@/lib/review/types";
import { gov2021 } from "@/templates/gov-2021";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { IssueGroups } from "@/components/check/issue-groups";
import { ReportPreview } from "@/components/preview/report-preview";

export function EntryDetail({ entry, onClose }: { entry: ReviewEntry; onClose: () => void }) {
  const router = useRouter();
  const [openError, setOpenError] = useState("");
  const [showPreview, setShowPreview] = useState(true);
  const report = entry.report;
  // The opened row's title takes the focus (this panel loads on demand, so the page cannot focus it first).
  const id = entry.id;
  useEffect(() => document.getElementById("entry-title")?.focus(), [id]);
  const open = async () => {
    if (!report) return;
    const saved = await createDraft(report);
    if (!saved.ok) return setOpenError(`无法在本浏览器中保存草稿：${saved.message}`);
    router.push(`/report?id=${encodeURIComponent(saved.id)}`);
  };
  return (
    <section aria-labelledby="entry-title" className="space-y-4 rounded border border-slate-300 bg-white p-4" data-testid="entry-detail">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <p className="text-sm break-all text-slate-600">
            文件：<bdi>{entry.id}</bdi>
          </p>
          <h2 id="entry-title" tabIndex={-1} className="text-xl font-bold">
            <bdi>{entry.unit || "（未识别单位名称）"}</bdi>
            {entry.year !== null && ` · ${entry.year}年度`}
          </h2>
          <p className="mt-1">
            状态：<strong>{STATUS_NAMES[entry.status]}</strong>
            {entry.format && <>　格式：{FORMAT_NAMES[entry.format]}</>}
            {entry.repeatedShare !== undefined && <>　与上年重复的文字：{Math.round(entry.repeatedShare * 100)}%</>}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {report && (
            <Button variant="primary" onClick={() => void open()}>
              在向导中打开修改
            </Button>
          )}
          <Button variant="secondary" onClick={onClose}>
            关闭详情
          </Button>
        </div>
      </div>
      {openError && (
        <Alert tone="error" title="未能打开">
          <p>{openError}</p>
        </Alert>
      )}
      {entry.status === "unreadable" ? (
        <Alert tone="error" title="无法读取此文件">
          <p>{entry.error ?? "文件无法读取。"}</p>
        </Alert>
      ) : (
        <IssueGroups issues={entry.issues} />
      )}
      {report && (
        <div className="space-y-2">
          <Button variant="link" aria-expanded={showPreview} onClick={() => setShowPreview((s) => !s)}>
            {showPreview ? "收起预览" : "显示预览"}
          </Button>
          {showPreview && (
            <div role="region" className="max-h-[80vh] overflow-auto rounded bg-slate-100 p-3" tabIndex={0} aria-label="报告预览（可滚动）">
              <ReportPreview report={report} format={gov2021} />
            </div>
          )}
        </div>
      )}
      {!report && entry.status !== "unreadable" && <p className="text-slate-700">审核完成后可查看预览。</p>}
    </section>
  );
}
