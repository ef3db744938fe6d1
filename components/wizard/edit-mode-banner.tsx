"use client";
// One editor per draft: while another window edits it, this one shows it read-only and follows along.
import { Button } from "@/components/ui/button";
import { useSignal, useWizard } from "./wizard-context";

export function EditModeBanner() {
  const { mode, takeOver } = useWizard();
  const m = useSignal(mode);
  if (m !== "watching" && m !== "taken") return null;
  const text =
    m === "watching"
      ? "这份报告正在另一个窗口中编辑。本窗口只读，并随那边的修改自动更新，以免两边互相覆盖。"
      : "这份报告已在另一个窗口中继续编辑，本窗口改为只读。";
  return (
    <div role="status" data-testid="edit-mode" className="flex flex-wrap items-center gap-3 border-b border-amber-400 bg-amber-50 px-4 py-2 text-amber-950">
      <span>{text}</span>
      <Button variant="secondary" onClick={() => void takeOver()}>
        在此窗口编辑
      </Button>
    </div>
  );
}
