"use client";
// A draft that no longer validates (a field of the wrong type, an unknown field, a newer schema version) is not a
// dead end: what can be read is shown, the stored text can be exported as it is (导出原始数据), and a new draft can
// be made from the readable part (以可读内容新建草稿), naming the fields left blank. The stored draft is never touched.
import { useMemo, useState } from "react";
import Link from "next/link";
import { gov2021 } from "@/templates/gov-2021";
import { createDraft } from "@/lib/draft";
import { rawReport } from "@/lib/draft/serialize";
import { salvageReport } from "@/lib/report/salvage-report";
import { SCHEMA_VERSION } from "@/lib/report/types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ReportPreview } from "@/components/preview/report-preview";
import { downloadBlob } from "./docx-download";
import { openDraftUrl } from "./draft-list";

export type Unreadable = { id: string; error: string; raw: string; name?: string };

const droppedNote = (dropped: string[]) => `由无法读取的草稿恢复：${dropped.join("、")} 未能读出，已留空，请重新填写`;

/** `opened`: the new draft was written; the wizard opens it (same route, a new ?id=). */
export function DraftRecovery({ draft, opened }: { draft: Unreadable; opened: (url: string) => void }) {
  const salvaged = useMemo(() => salvageReport(rawReport(draft.raw)), [draft.raw]);
  const [error, setError] = useState("");
  const { report, dropped, version } = salvaged;
  const exportRaw = () => downloadBlob(new Blob([draft.raw], { type: "application/json" }), `${(draft.name ?? report.unit.name) || "草稿"}-原始数据.json`.replace(/[\\/:*?"<>|]/g, ""));
  const recover = async () => {
    const notes = dropped.length > 0 ? [...(report.notes ?? []), droppedNote(dropped)] : report.notes;
    const saved = await createDraft({ ...report, ...(notes ? { notes } : {}) });
    if (!saved.ok) return setError(`未能新建草稿：${saved.message}`);
    opened(openDraftUrl(saved.id));
  };
  return (
    <main className="mx-auto max-w-4xl space-y-4 p-8" data-testid="draft-recovery">
      <h1 className="text-2xl font-bold">这份草稿无法直接打开</h1>
      <Alert tone="warning" title="草稿数据不符合年报数据格式">
        <p>{draft.error}</p>
        {typeof version === "number" && version > SCHEMA_VERSION && (
          <p className="mt-1">这份草稿由较新版本的年报助手保存（数据版本 {version}，本程序为 {SCHEMA_VERSION}），下面是本程序能读出的部分。</p>
        )}
        <p className="mt-1">原草稿仍原样保留在本浏览器中，不会被改动或删除。</p>
      </Alert>
      <section aria-labelledby="dropped-heading" className="space-y-2">
        <h2 id="dropped-heading" className="text-lg font-bold">
          可以恢复的内容
        </h2>
        {dropped.length > 0 ? (
          <p data-testid="dropped-fields">
            以下 {dropped.length} 项无法读出，新草稿中将留空：<bdi className="font-medium">{dropped.join("、")}</bdi>。其余内容均可读出，见下方预览。
          </p>
        ) : (
          <p>全部内容均可读出，见下方预览。</p>
        )}
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" onClick={() => void recover()}>
            以可读内容新建草稿
          </Button>
          <Button onClick={exportRaw}>导出原始数据</Button>
          <Link href="/" className="self-center text-blue-800 underline">
            返回首页
          </Link>
        </div>
        {error && (
          <Alert tone="error" title="未能新建">
            <p>{error}</p>
          </Alert>
        )}
      </section>
      <ReportPreview report={report} format={gov2021} />
    </main>
  );
}
