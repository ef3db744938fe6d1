"use client";
// One import at a time on a page, off the page's thread (lib/import/build/import-in-worker.ts): what is being read
// (「正在读取“文件名”……」), a cancel that ends the worker and leaves the page as it was, and a note saying so.
// The worker's client (and comlink) load with the first import, not with the page.
import { useCallback, useEffect, useRef, useState } from "react";
import type { ImportCall, RunningImport, WorkerOutcome } from "@/lib/import/build/import-in-worker";

export function useImportWorker() {
  const [busy, setBusy] = useState("");
  const [note, setNote] = useState("");
  const running = useRef<{ cancel: () => void } | null>(null);

  /** `what`: 「“报告.docx”」 or 「粘贴的文字」, as the status line names it. */
  const run = useCallback(async <T,>(what: string, call: ImportCall<T>): Promise<WorkerOutcome<T>> => {
    running.current?.cancel();
    setNote("");
    setBusy(`正在读取${what}……`);
    let job: RunningImport<T> | null = null;
    let cancelled = false; // a cancel while the client still loads
    const handle = { cancel: () => ((cancelled = true), job?.cancel()) };
    running.current = handle;
    try {
      job = (await import("@/lib/import/build/import-in-worker")).runInImportWorker(call);
    } catch {
      job = { done: Promise.resolve({ ok: false, error: "无法加载读取程序，请刷新页面后再试" }), cancel: () => undefined };
    }
    if (cancelled) job.cancel();
    const outcome = await job.done;
    if (running.current === handle) {
      running.current = null;
      setBusy("");
      if ("cancelled" in outcome) setNote(`已取消读取${what}，页面没有任何改动。`);
    }
    return outcome;
  }, []);
  const cancel = useCallback(() => running.current?.cancel(), []);
  useEffect(() => () => running.current?.cancel(), []); // leaving the page ends its import

  return { busy, note, run, cancel };
}
