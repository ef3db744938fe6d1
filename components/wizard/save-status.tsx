"use client";
import { useSignal, useWizard } from "./wizard-context";

export function SaveStatus() {
  const { savedAt } = useWizard();
  const at = useSignal(savedAt);
  return (
    <span className="ml-auto shrink-0 text-sm text-slate-600" role="status" data-testid="save-status">
      {at ? `已自动保存（${at}）` : "填写内容会自动保存在本浏览器中"}
    </span>
  );
}
