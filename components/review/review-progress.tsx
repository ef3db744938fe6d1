// n / N, the file being read, and 取消 while the worker reviews a selection.
import { Button } from "@/components/ui/button";
import type { Finished, Running } from "./use-desk";

export function ReviewProgress({ running, onCancel }: { running: Running; onCancel: () => void }) {
  const { done, total, current, side } = running;
  return (
    <section aria-label="审核进度" className="space-y-2 rounded border border-blue-300 bg-blue-50 p-4" data-testid="review-progress">
      <div className="flex flex-wrap items-center gap-3">
        {/* Not a live region: a count that changes every frame would drown a screen reader; 「已审核」 is announced at the end. */}
        <p className="font-bold">
          正在审核{side === "lastYear" ? "上年报告" : ""}：<span data-testid="progress-count">{`${done} / ${total}`}</span>
        </p>
        <Button variant="secondary" onClick={onCancel}>
          取消
        </Button>
      </div>
      <progress className="h-3 w-full" max={total} value={done} aria-label={`已审核 ${done} 份，共 ${total} 份`} />
      <p className="truncate text-sm text-slate-700" title={current}>
        当前文件：<bdi>{current}</bdi>
      </p>
    </section>
  );
}

/** After a review: 「已审核 N / N 份」 (or how far it got before 取消). */
export function ReviewDone({ finished }: { finished: Finished }) {
  const { done, total, side, cancelled, seconds } = finished;
  const what = side === "lastYear" ? "上年报告" : "报告";
  return (
    <p role="status" className={`rounded border-l-4 p-3 ${cancelled ? "border-amber-500 bg-amber-50 text-amber-900" : "border-green-600 bg-green-50 text-green-900"}`} data-testid="review-done">
      {cancelled ? `已取消：审核了 ` : `已审核${what} `}
      <span data-testid="progress-count">{`${done} / ${total}`}</span>
      {cancelled ? ` 份${what}，已审核的结果已保留。` : ` 份，用时 ${seconds.toFixed(1)} 秒。`}
    </p>
  );
}
