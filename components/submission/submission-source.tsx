"use client";
// 「报送」 beside the file drops on /review (issue #26): a reviewer loads the county's submissions of a year
// into the same desk — the latest version of each, last year's as the desk's 上年报告, and the county's units
// as the roster (so 未报送 names the units that sent nothing).
import { useEffect, useState } from "react";
import type { SubmissionSummary } from "@/lib/submission-view/types";
import { submissionsByRow } from "@/lib/submission-view/desk-names";
import { STATUS_WORDS } from "@/lib/submission-view/status-words";
import type { PickedFile } from "@/components/review/desk-types";
import { Button } from "@/components/ui/button";
import { listSubmissions, listUnits, submissionFilesOfYear } from "./desk-source";
import { DeadlineSetter } from "./deadline";

type Props = {
  disabled: boolean;
  /** The page reviews the files (replacing earlier rows of the same submissions) and sets the roster. */
  onLoad: (current: PickedFile[], lastYear: PickedFile[], roster: string[]) => Promise<void>;
  /** Every submission the reviewer may see, by desk row (for the actions), and its status in words (the column). */
  onList: (list: { rows: Map<string, SubmissionSummary>; words: Map<string, string> }) => void;
  /** Bumped by the page after 通过 / 退回修改, to read the statuses again. */
  refresh: number;
};

export function SubmissionSource({ disabled, onLoad, onList, refresh }: Props) {
  const [all, setAll] = useState<SubmissionSummary[] | null>(null);
  const [year, setYear] = useState<number | null>(null);
  const [status, setStatus] = useState("");
  const [error, setError] = useState("");
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void listSubmissions().then((out) => {
      if (!live) return;
      if (!out.ok) return setError(out.error);
      const list = Array.isArray(out.data) ? out.data : [];
      setAll(list);
      const rows = submissionsByRow(list);
      onList({ rows, words: new Map([...rows].map(([id, s]) => [id, STATUS_WORDS[s.status]])) });
      // The latest year anything was sent for; before anything was, last year (the year reports are written for).
      setYear((y) => y ?? (list.length ? Math.max(...list.map((s) => s.year)) : new Date().getFullYear() - 1));
    });
    return () => void (live = false);
  }, [onList, refresh]);

  const years = [...new Set([...(all ?? []).map((s) => s.year), ...(year ? [year] : [])])].sort((a, b) => b - a);
  const ofYear = (y: number) => (all ?? []).filter((s) => s.year === y);

  const load = async () => {
    if (!year) return;
    setBusy(true);
    setError("");
    setStatus("正在读取名单……");
    const units = await listUnits();
    if (!units.ok) {
      setBusy(false);
      setStatus("");
      return setError(units.error);
    }
    setStatus("正在下载报送的报告……");
    const [a, b] = await Promise.all([submissionFilesOfYear(year), submissionFilesOfYear(year - 1)]);
    if (!a.ok || !b.ok) {
      setBusy(false);
      setStatus("");
      return setError(!a.ok ? a.error : !b.ok ? b.error : "");
    }
    const roster = (Array.isArray(units.data) ? units.data : []).filter((u) => !u.disabled).map((u) => u.name);
    setStatus("");
    await onLoad(a.files, b.files, roster);
    setBusy(false);
    const failed = [...a.failed, ...b.failed];
    setStatus(`已载入 ${year} 年度报送的 ${a.files.length} 份报告${b.files.length ? `和上年的 ${b.files.length} 份` : ""}，名单 ${roster.length} 个单位。`);
    if (failed.length) setError(`以下报告未能下载：${failed.join("；")}`);
  };

  return (
    <section aria-labelledby="submission-source-title" className="space-y-2 rounded border-2 border-blue-300 bg-white p-4" data-testid="submission-source">
      <h2 id="submission-source-title" className="text-lg font-bold">
        报送
      </h2>
      <p className="text-sm text-slate-700">各单位通过本系统报送的报告：载入某一年度最新的一版（及上年的报告、本县单位名单），在下表中审核，点开一份可通过或退回修改。</p>
      <div className="flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="submission-year" className="block text-sm font-bold">
            年度
          </label>
          <select id="submission-year" className="rounded border border-slate-400 bg-white px-2 py-1" value={year ?? ""} onChange={(e) => setYear(Number(e.target.value))} disabled={busy}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}年度（已报送 {ofYear(y).length} 份）
              </option>
            ))}
          </select>
        </div>
        <Button variant="primary" disabled={disabled || busy || !year || all === null} onClick={() => void load()}>
          载入报送的报告
        </Button>
      </div>
      {year !== null && <DeadlineSetter key={year} year={year} />}
      <p role="status" aria-live="polite" className="text-sm text-slate-700">
        {all === null && !error ? "正在读取报送情况……" : status}
      </p>
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
    </section>
  );
}
