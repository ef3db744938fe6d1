"use client";
// 审核台: a county's reviewer loads every unit's report at once (files, a folder, a .zip, or dropped), and
// last year's; a Web Worker reviews them one by one with the one rule engine; the batch stays in this
// browser (IndexedDB) until 「清空」. Rows, the roster, the roll-up and the exports all come from the
// worker's BatchReview. Nothing is uploaded. In server mode a reviewer also loads the county's submissions
// (「报送」, issue #26) into the same desk, and returns or approves each.
import { useCallback, useEffect, useMemo, useState } from "react";
import dynamic from "next/dynamic";
import type { ReviewEntry } from "@/lib/review/types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { downloadBlob } from "@/components/wizard/docx-download";
import { BatchInput } from "./batch-input";
import { DeskTabs } from "./desk-tabs";
import { ReviewDone, ReviewProgress } from "./review-progress";
import { BatchYear } from "./batch-year";
import { useDesk } from "./use-desk";
import type { PickedFile } from "./desk-types";
import { useUser } from "@/components/account/session";
import type { SubmissionSummary } from "@/lib/submission-view/types";

// What opens on demand — a row's issues and preview, the roster, the roll-up — loads when first shown, so the
// page itself stays within the first-load budget (≤ 150 kB) like every other page.
const EntryDetail = dynamic(() => import("./entry-detail").then((m) => m.EntryDetail));
const RosterPanel = dynamic(() => import("./roster-panel").then((m) => m.RosterPanel));
const RollUpView = dynamic(() => import("./roll-up-view").then((m) => m.RollUpView));
// The table of rows appears once a report is read: its chunk loads meanwhile (the page has none to show before).
const ReviewTable = dynamic(() => import("./review-table").then((m) => m.ReviewTable));
// Server mode only (a reviewer signed in): the 报送 source and a submission's actions, in their own chunks.
const SubmissionSource = dynamic(() => import("@/components/submission/submission-source").then((m) => m.SubmissionSource), { ssr: false });
const SubmissionReview = dynamic(() => import("@/components/submission/submission-review").then((m) => m.SubmissionReview), { ssr: false });

type View = "rows" | "roster" | "rollUp";
const TABS: { key: View; label: string }[] = [
  { key: "rows", label: "审核结果" },
  { key: "roster", label: "名单核对" },
  { key: "rollUp", label: "汇总" },
];

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

export function ReviewPage() {
  const { desk, running, finished, failed, add, cancel, call, api } = useDesk();
  const [view, setView] = useState<View>("rows");
  const [selected, setSelected] = useState<string | null>(null);
  const [confirmClear, setConfirmClear] = useState(false);
  const [busy, setBusy] = useState("");
  const [notice, setNotice] = useState("");
  const [rosterError, setRosterError] = useState("");
  const user = useUser();
  const reviewer = user !== null && user.role !== "clerk";
  // Row id → the submission it shows, and its status in words (both made by the 报送 source's own chunk).
  const [submissions, setSubmissions] = useState<{ rows: Map<string, SubmissionSummary>; words: Map<string, string> } | null>(null);
  const [refreshSubmissions, setRefreshSubmissions] = useState(0);
  const loadSubmissions = async (current: PickedFile[], lastYear: PickedFile[], roster: string[]) => {
    await call((a) => a.setRoster(roster.join("\n")), setRosterError);
    if (lastYear.length) await add("lastYear", lastYear, true);
    await add("current", current, true);
  };

  // While a review runs, the rows already done show at once (their cross-year and roster findings follow at the end).
  const entries = useMemo<ReviewEntry[]>(() => {
    const done = desk?.batch.entries ?? [];
    if (!running || running.side !== "current" || running.rows.length === 0) return done;
    const fresh = new Set(running.rows.map((r) => r.id));
    return [...done.filter((e) => !fresh.has(e.id)), ...running.rows];
  }, [desk, running]);
  const row = entries.find((e) => e.id === selected) ?? null;
  // The open row's report comes from the worker (the rows cross without their reports).
  const [full, setFull] = useState<ReviewEntry | null>(null);
  useEffect(() => {
    if (!selected) return;
    let live = true;
    api()
      .entry(selected)
      .then((e) => live && setFull(e), () => undefined);
    return () => void (live = false);
  }, [selected, desk, api]);
  const entry = row && full?.id === row.id ? full : row;
  const year = desk?.batch.year ?? null;
  const lastYearCount = desk?.lastYear.length ?? 0;

  const select = useCallback((id: string) => {
    setSelected(id);
    setView("rows");
  }, []);
  const download = async (what: string, job: () => Promise<Uint8Array>, type: string, name: string) => {
    setBusy(what);
    setNotice("");
    try {
      const bytes = await job();
      downloadBlob(new Blob([bytes as BlobPart], { type }), name);
    } catch (e) {
      setNotice(`${what}未能生成：${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setBusy("");
    }
  };
  const suffix = year ? `（${year}年度）` : "";
  const workbook = () => download("审核结果", () => api().workbook(), XLSX, `审核结果${suffix}.xlsx`);
  const rollUpDocx = (county: string) => download("汇总表", () => api().rollUpDocx(county), DOCX, `${county}政府信息公开工作年度报告汇总表${suffix}.docx`);
  const clear = async () => {
    setConfirmClear(false);
    setSelected(null);
    await call((a) => a.clear());
  };

  return (
    <main className="mx-auto max-w-7xl space-y-6 px-6 py-8">
      <div>
        <h1 className="text-2xl font-bold">审核台</h1>
        <p className="mt-1 max-w-4xl text-slate-700">
          一次审核本地区各单位报送的年度报告：选择多个文件、整个文件夹或压缩包（.zip），也可以直接拖入。支持 Word 文档（.docx）、PDF、网页（.html）、文本（.txt）、Markdown（.md）和年报数据文件（.json）。读取和检查都在本电脑的浏览器中完成，文件不会上传；审核结果保存在本浏览器中，刷新页面不会丢失。
        </p>
      </div>
      {failed && (
        <Alert tone="error" title="审核台出错">
          <p>{failed}</p>
        </Alert>
      )}
      {desk?.storeError && (
        <Alert tone="error" title="未能保存">
          <p>{desk.storeError}</p>
        </Alert>
      )}
      {reviewer && <SubmissionSource disabled={!desk || Boolean(running)} onLoad={loadSubmissions} onList={setSubmissions} refresh={refreshSubmissions} />}
      <div className="grid gap-4 lg:grid-cols-2">
        <BatchInput
          id="current"
          title="本年报告"
          hint="各单位报送的本年度报告，也可以把文件或文件夹拖到这里。可分几次添加；同一路径的文件再次添加时替换原来的结果。"
          disabled={!desk || Boolean(running)}
          onFiles={(files) => void add("current", files)}
        />
        <BatchInput
          id="last-year"
          title={`上年报告${lastYearCount ? `：已载入 ${lastYearCount} 份` : ""}`}
          hint="可选。载入上一年度的报告后，逐单位核对上年结转与上年的结转下年度，并计算与上年雷同的文字比例。"
          disabled={!desk || Boolean(running)}
          onFiles={(files) => void add("lastYear", files)}
        />
      </div>
      {running && <ReviewProgress running={running} onCancel={() => void cancel()} />}
      {!running && finished && <ReviewDone finished={finished} />}
      {!desk && !failed && (
        <p role="status" className="text-slate-700">
          正在读取本浏览器中保存的审核结果……
        </p>
      )}
      {desk && (
        <section aria-labelledby="batch-title" className="space-y-4">
          <div className="flex flex-wrap items-center gap-3">
            <h2 id="batch-title" className="text-xl font-bold">
              本批共 <span data-testid="batch-count">{entries.length}</span> 份报告{year ? `（${year} 年度）` : ""}
            </h2>
            <BatchYear year={year} override={desk.year} disabled={Boolean(running)} onChange={(y) => void call((a) => a.setYear(y))} />
            {(entries.length > 0 || lastYearCount > 0 || desk.roster) && !confirmClear && (
              <Button variant="secondary" disabled={Boolean(running)} onClick={() => setConfirmClear(true)}>
                清空
              </Button>
            )}
            {confirmClear && (
              <div role="alertdialog" aria-labelledby="clear-question" className="flex flex-wrap items-center gap-2 rounded border border-red-600 bg-red-50 px-3 py-2">
                <p id="clear-question" className="text-red-900">
                  确定清空本批 {entries.length} 份报告{lastYearCount ? `、上年 ${lastYearCount} 份报告` : ""}和名单吗？清空后不能恢复。
                </p>
                <Button variant="danger" onClick={() => void clear()}>
                  确定清空
                </Button>
                <Button variant="secondary" onClick={() => setConfirmClear(false)} autoFocus>
                  不清空
                </Button>
              </div>
            )}
          </div>
          {notice && (
            <Alert tone="error" title="未能下载">
              <p>{notice}</p>
            </Alert>
          )}
          {busy && (
            <p role="status" className="text-slate-700">
              正在生成{busy}……
            </p>
          )}
          <DeskTabs tabs={TABS} current={view} onChange={setView}>
            {view === "rows" && (
              <div className="space-y-4">
                {entries.length === 0 ? (
                  <p className="text-slate-700">尚未载入报告。</p>
                ) : (
                  <ReviewTable entries={entries} showRepeated={lastYearCount > 0} selected={selected} onSelect={select} submissionStatus={submissions?.words} />
                )}
                {entry && submissions?.rows.get(entry.id) && (
                  <SubmissionReview key={entry.id} summary={submissions.rows.get(entry.id)!} issues={entry.issues} onChanged={() => setRefreshSubmissions((n) => n + 1)} />
                )}
                {entry && <EntryDetail entry={entry} onClose={() => setSelected(null)} />}
              </div>
            )}
            {view === "roster" && <RosterPanel batch={desk.batch} roster={desk.roster} disabled={Boolean(running)} error={rosterError}
                onRoster={(input) => {
                  setRosterError("");
                  void call((a) => a.setRoster(input), setRosterError);
                }} onSelect={select} />}
            {view === "rollUp" && <RollUpView rollUp={desk.batch.rollUp} busy={busy} onDocx={(county) => void rollUpDocx(county)} onWorkbook={() => void workbook()} onSelect={select} />}
          </DeskTabs>
        </section>
      )}
    </main>
  );
}
