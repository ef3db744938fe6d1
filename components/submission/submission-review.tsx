"use client";
// A submitted report on the desk (issue #26): its status and versions, 通过, 退回修改 with remarks (on the
// whole report or a field), the remarks already made, and what changed between any two versions.
import { useCallback, useEffect, useState } from "react";
import { fieldLabel } from "@/lib/submission-view/field-paths";
import { statusLine, timeWords } from "@/lib/submission-view/status-words";
import type { SubmissionDetail, SubmissionSummary } from "@/lib/submission-view/types";
import type { Issue } from "@/lib/rules/types";
import { gov2021 } from "@/templates/gov-2021";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api } from "@/components/account/api";
import { RemarkForm } from "./remark-form";
import { VersionDiffView } from "./version-diff-view";

type Props = { summary: SubmissionSummary; issues: Issue[]; onChanged: () => void };

export function SubmissionReview({ summary, issues, onChanged }: Props) {
  const [detail, setDetail] = useState<SubmissionDetail | null>(null);
  const [returning, setReturning] = useState(false);
  const [confirmApprove, setConfirmApprove] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const [said, setSaid] = useState("");

  const get = useCallback(() => api<SubmissionDetail>(`/api/submissions/${encodeURIComponent(String(summary.id))}`), [summary.id]);
  const show = (out: Awaited<ReturnType<typeof get>>) => (out.ok ? setDetail(out.data) : setError(out.error));
  const read = async () => show(await get());
  useEffect(() => {
    let live = true;
    void get().then((out) => live && (out.ok ? setDetail(out.data) : setError(out.error)));
    return () => void (live = false);
  }, [get, summary.version, summary.status]);

  const act = async (what: "approve" | "return", body?: unknown) => {
    setBusy(true);
    setError("");
    setSaid("");
    const out = await api(`/api/submissions/${encodeURIComponent(String(summary.id))}/${what}`, { method: "POST", body: body ?? {} });
    setBusy(false);
    if (!out.ok) return setError(out.error);
    setReturning(false);
    setConfirmApprove(false);
    setSaid(what === "approve" ? "已通过。" : "已退回修改，填报单位登录后可看到审核意见。");
    await read();
    onChanged();
  };

  const status = detail?.status ?? summary.status;
  return (
    <section aria-labelledby="submission-title" className="space-y-3 rounded border-2 border-blue-300 bg-white p-4" data-testid="submission-review">
      <h2 id="submission-title" className="text-lg font-bold">
        报送：<bdi>{summary.unit.name}</bdi> {summary.year}年度
      </h2>
      <p data-testid="submission-review-status">
        状态：<strong>{statusLine(status, detail ? Math.max(...detail.versions.map((v) => v.version)) : summary.version, summary.updatedAt || summary.submittedAt)}</strong>
      </p>
      <p role="status" aria-live="polite" className="text-green-900">
        {said}
      </p>
      {error && (
        <Alert tone="error" title="操作未完成">
          <p>{error}</p>
        </Alert>
      )}
      {status === "submitted" && !returning && !confirmApprove && (
        <div className="flex flex-wrap gap-2">
          <Button variant="primary" disabled={busy} onClick={() => setConfirmApprove(true)}>
            通过
          </Button>
          <Button variant="danger" disabled={busy} onClick={() => setReturning(true)}>
            退回修改
          </Button>
        </div>
      )}
      {confirmApprove && (
        <div role="alertdialog" aria-labelledby="approve-question" className="flex flex-wrap items-center gap-2 rounded border border-green-700 bg-green-50 px-3 py-2">
          <p id="approve-question">确定通过这份报告（第 {summary.version} 版）吗？通过后填报单位不能再修改报送。</p>
          <Button variant="primary" disabled={busy} onClick={() => void act("approve")}>
            确定通过
          </Button>
          <Button onClick={() => setConfirmApprove(false)} autoFocus>
            取消
          </Button>
        </div>
      )}
      {returning && <RemarkForm issues={issues} busy={busy} onSend={(remarks) => void act("return", { remarks })} onCancel={() => setReturning(false)} />}
      {status !== "submitted" && <p className="text-sm text-slate-700">{status === "returned" ? "等待填报单位修改后再次报送。" : "已通过审核。"}</p>}
      {detail && (
        <>
          <div>
            <h3 className="font-bold">各版</h3>
            <ol className="list-inside list-decimal text-sm">
              {detail.versions.map((v) => (
                <li key={v.version}>
                  第 {v.version} 版：{timeWords(v.submittedAt)}，<bdi>{v.submittedBy}</bdi> 报送，错误 {v.errors}，提示 {v.warnings}
                </li>
              ))}
            </ol>
          </div>
          {detail.remarks.length > 0 && (
            <div>
              <h3 className="font-bold">审核意见</h3>
              <ul className="list-disc pl-5 text-sm" data-testid="submission-remarks">
                {detail.remarks.map((r) => (
                  <li key={r.id}>
                    第 {r.version} 版 · {r.path ? (fieldLabel(gov2021, r.path) ?? r.path) : "整份报告"}：<bdi className="whitespace-pre-wrap">{r.text}</bdi>
                    <span className="text-slate-600">（<bdi>{r.author}</bdi>，{timeWords(r.createdAt)}）</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {detail.versions.length > 1 && <VersionDiffView id={detail.id} versions={detail.versions} />}
        </>
      )}
    </section>
  );
}
