"use client";
// 检查与预览: the error summary (links focus the exact field), 修改 links per section, downloads, preview.
// In server mode a signed-in clerk also finds the reviewer's remarks at the top and 「报送县政务公开办」
// (issue #26; both load only then).
import { lazy, Suspense, useMemo, useState } from "react";
import { evaluate } from "@/lib/rules/evaluate";
import { exportFileName } from "@/lib/draft";
import { wizardSteps, REVIEW } from "@/lib/wizard/steps";
import type { Issue } from "@/lib/rules/types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ErrorSummary } from "@/components/issues/issue-list";
import { ReportPreview } from "@/components/preview/report-preview";
import { buildDocx, downloadBlob } from "./docx-download";
import { StepFooter } from "./step-footer";
import { StepHeading } from "./step-heading";
import { useWizard } from "./wizard-context";
import { WholeRemarks } from "./remark-notes";
import { useUser } from "@/components/account/session";

const SubmitPanel = lazy(() => import("@/components/submission/submit-panel").then((m) => ({ default: m.SubmitPanel })));

type Busy = null | "final" | "draft";

export function ReviewStep() {
  const { format, getReport, go, saveNow } = useWizard();
  const report = useMemo(() => getReport(), [getReport]);
  const issues = useMemo(() => evaluate(report, { format }), [report, format]);
  const errors = issues.filter((i) => i.severity === "error").length;
  const [busy, setBusy] = useState<Busy>(null);
  const [refused, setRefused] = useState<Issue[] | null>(null);
  const [notice, setNotice] = useState("");
  const user = useUser();

  const download = async (draft: boolean) => {
    setBusy(draft ? "draft" : "final");
    setNotice("");
    saveNow();
    const out = await buildDocx(report, draft);
    setBusy(null);
    if (out.ok) return downloadBlob(out.blob, exportFileName(report, "docx").replace(/\.docx$/, draft ? "（草稿）.docx" : ".docx"));
    if ("refused" in out) {
      setRefused(out.refused);
      requestAnimationFrame(() => document.getElementById("error-summary")?.focus());
    } else setNotice("Word 文档功能暂不可用");
  };
  const exportJson = () => {
    saveNow();
    downloadBlob(new Blob([JSON.stringify(report, null, 2)], { type: "application/json" }), exportFileName(report, "json"));
  };

  return (
    <section>
      <StepHeading title="检查与预览" />
      <div className="space-y-3">
        <WholeRemarks />
        {issues.length === 0 && !refused ? (
          <Alert tone="success" title="未发现问题">
            <p>可以下载 Word 文档。</p>
          </Alert>
        ) : (
          <ErrorSummary issues={refused ?? issues} />
        )}
        <div className="flex flex-wrap items-center gap-3" aria-busy={busy !== null}>
          <Button variant="primary" disabled={errors > 0 || busy !== null} onClick={() => download(false)}>
            {busy === "final" ? "正在生成……" : "下载Word文档"}
          </Button>
          <Button disabled={busy !== null} onClick={() => download(true)}>
            {busy === "draft" ? "正在生成……" : "下载草稿"}
          </Button>
          <Button onClick={exportJson}>导出数据文件（JSON）</Button>
          {errors > 0 && <span className="text-sm text-red-800">还有 {errors} 处错误，改正后才能下载正式文档；草稿可以随时下载。</span>}
          {notice && (
            <span role="status" className="text-sm text-amber-900">
              {notice}
            </span>
          )}
        </div>
        {user?.role === "clerk" && (
          <Suspense fallback={<p className="text-slate-600">正在读取报送状态……</p>}>
            <SubmitPanel report={report} format={format} errors={errors} user={user} beforeSend={saveNow} />
          </Suspense>
        )}
        <nav aria-label="各部分">
          <ul className="grid grid-cols-2 gap-x-6 gap-y-1 rounded bg-white p-3">
            {wizardSteps(format)
              .filter((s) => s.key !== REVIEW)
              .map((s) => (
                <li key={s.key} className="flex justify-between gap-2">
                  <span>{s.label}</span>
                  <Button variant="link" onClick={() => go(s.key)} aria-label={`修改：${s.label}`}>
                    修改
                  </Button>
                </li>
              ))}
          </ul>
        </nav>
      </div>
      <div className="mt-4 bg-slate-200 p-4">
        <ReportPreview report={report} format={format} />
      </div>
      <StepFooter />
    </section>
  );
}
