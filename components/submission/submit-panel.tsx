"use client";
// 「报送县政务公开办」 on 检查与预览 (issue #26), for a signed-in clerk. Only a report without errors can be
// sent (the server runs the same rule engine again and says so if not); the clerk confirms first. Afterwards
// the status: 已报送 (version, time), 退回修改 (send again once fixed: a new version), 已通过 (read-only).
import { useState } from "react";
import type { ReportFormat } from "@/lib/format/types";
import type { Report } from "@/lib/report/types";
import { statusLine } from "@/lib/submission-view/status-words";
import type { SessionUser } from "@/lib/submission-view/types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { api } from "@/components/account/api";
import { refreshClerkSubmission, useClerkSubmission } from "./clerk-submission";
import { DeadlineNote } from "./deadline";

type Props = { report: Report; format: ReportFormat; errors: number; user: SessionUser; beforeSend: () => void };

export function SubmitPanel({ report, format, errors, user, beforeSend }: Props) {
  const { loaded, summary, error: loadError } = useClerkSubmission();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState("");
  const [done, setDone] = useState("");
  const approved = summary?.status === "approved";
  const otherUnit = user.unit && report.unit.name.trim() && report.unit.name.trim() !== user.unit.name;

  const send = async () => {
    setConfirming(false);
    setBusy(true);
    setError("");
    setDone("");
    beforeSend();
    const out = await api<{ id: string; version: number; status: string }>("/api/submissions", { method: "POST", body: report });
    setBusy(false);
    if (!out.ok) {
      const issues = Array.isArray(out.body.issues) ? out.body.issues.length : 0;
      setError(issues ? `${out.error}（${issues} 处问题）` : out.error);
      return;
    }
    setDone(`已报送县政务公开办（第 ${out.data.version} 版）。`);
    await refreshClerkSubmission(report.year, format);
  };

  return (
    <section aria-labelledby="submit-title" className="space-y-2 rounded border border-slate-300 bg-white p-3" data-testid="submit-panel">
      <h2 id="submit-title" className="font-bold">
        报送
      </h2>
      <p role="status" aria-live="polite" data-testid="submit-status">
        {!loaded ? "正在读取报送状态……" : summary ? `${report.year}年度报告：${statusLine(summary.status, summary.version, summary.updatedAt || summary.submittedAt)}` : `${report.year}年度报告：草稿（尚未报送）`}
      </p>
      {!approved && <DeadlineNote year={report.year} />}
      {loadError && <p className="text-sm text-red-800">{loadError}</p>}
      {summary?.status === "returned" && <p className="text-sm text-amber-900">县政务公开办退回了这份报告：请按审核意见修改后再次报送（将作为新的一版）。</p>}
      {approved ? (
        <p className="text-sm text-green-900">这份报告已通过审核，不能再报送。如需更正，请联系县政务公开办。</p>
      ) : (
        <div className="flex flex-wrap items-center gap-3">
          <Button variant="primary" disabled={errors > 0 || busy || !loaded} aria-describedby={errors > 0 ? "submit-why" : undefined} onClick={() => setConfirming(true)}>
            {busy ? "正在报送……" : "报送县政务公开办"}
          </Button>
          {errors > 0 && (
            <span id="submit-why" className="text-sm text-red-800">
              还有 {errors} 处错误，改正后才能报送。
            </span>
          )}
        </div>
      )}
      {otherUnit && (
        <p className="text-sm text-amber-900">
          报告中的机关名称（<bdi>{report.unit.name}</bdi>）与账号的单位（<bdi>{user.unit!.name}</bdi>）不同，报送后以账号的单位登记。
        </p>
      )}
      {confirming && (
        <div role="alertdialog" aria-labelledby="submit-question" className="flex flex-wrap items-center gap-2 rounded border border-blue-600 bg-blue-50 px-3 py-2">
          <p id="submit-question">
            确定把{report.year}年度报告{summary ? "再次" : ""}报送县政务公开办吗？报送后由县政务公开办审核{summary ? "，作为新的一版" : ""}。
          </p>
          <Button variant="primary" onClick={() => void send()}>
            确定报送
          </Button>
          <Button onClick={() => setConfirming(false)} autoFocus>
            取消
          </Button>
        </div>
      )}
      {error && (
        <Alert tone="error" title="未能报送">
          <p>{error}</p>
        </Alert>
      )}
      {done && <p className="text-sm text-green-900">{done}</p>}
    </section>
  );
}
