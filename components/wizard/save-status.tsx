"use client";
// Where the save status stands: 「已自动保存（时间）」 only after a write that happened; a failed write says
// why and offers the draft as a data file at once, so nothing typed is lost while storage is full.
import { Button } from "@/components/ui/button";
import { exportDraft } from "./export-draft";
import { useSignal, useWizard } from "./wizard-context";

export function SaveStatus() {
  const { saveState, getReport, memory } = useWizard();
  const s = useSignal(saveState);
  const exportNow = () => exportDraft(getReport());
  if (s.state === "failed")
    return (
      <span className="ml-auto flex shrink-0 items-center gap-2 text-sm text-red-800" role="alert" data-testid="save-status" data-save="failed">
        未能保存：{s.message}
        <Button variant="secondary" className="text-sm" onClick={exportNow}>
          导出数据文件
        </Button>
      </span>
    );
  return (
    <span className="ml-auto shrink-0 text-sm text-slate-600" role="status" data-testid="save-status" data-save={s.state}>
      {memory
        ? "未保存：本浏览器禁止保存数据，内容只在本页中"
        : s.state === "saved"
        ? `已自动保存（${s.at}）${s.merged ? `；另一窗口对同一处的修改已保留，共 ${s.merged} 处` : ""}`
        : "填写内容会自动保存在本浏览器中"}
    </span>
  );
}
