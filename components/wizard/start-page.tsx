"use client";
// Start: 新建报告, 以上年报告为基础新建, 继续上次的报告 (drafts in this browser), 导入报告数据文件 (JSON, or an
// existing report read by the importers: .docx, PDF, web page, text). Every file is read in a Web Worker the
// clerk can cancel (use-import-worker.ts): the page never freezes.
import { lazy, Suspense, useCallback, useEffect, useState, type ChangeEvent, type ReactNode } from "react";
import { useRouter } from "next/navigation";
import { GOV2021_NAME } from "@/templates/gov-2021/identity";
import { createDraft, listDrafts, storageIsMemory, type DraftSummary, type SaveOutcome } from "@/lib/draft";
import { cleanLine } from "@/lib/text/hygiene";
import { REPORT_FILES } from "@/lib/import/readers/accept";
import type { ImportCall } from "@/lib/import/build/import-in-worker";
import type { DraftRead } from "@/lib/import/build/import-jobs";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FilePicker } from "@/components/ui/file-picker";
import { QuotedText } from "@/components/ui/user-text";
import { ImportStatus } from "@/components/ui/import-status";
import { useImportWorker } from "@/components/ui/use-import-worker";
import { DraftList, openDraftUrl as open } from "./draft-list";
import { appHref } from "@/lib/site/base-path";
// Only where every storage is blocked: not part of the start page's first load (≤ 150 kB).
const MemoryBanner = lazy(() => import("./memory-banner").then((m) => ({ default: m.MemoryBanner })));

type Job = ImportCall<DraftRead>;

/** A section that takes one file, with a clear refusal that says nothing was changed. */
function FileSection(props: {
  title: string;
  id: string;
  hint: string;
  accept: string;
  error: string;
  errorTitle: string;
  disabled: boolean;
  onFile: (e: ChangeEvent<HTMLInputElement>) => void;
  children?: ReactNode;
}) {
  return (
    <section>
      <h2 className="mb-2 text-lg font-bold">{props.title}</h2>
      <label htmlFor={props.id} className="mb-2 block text-slate-700">
        {props.hint}
      </label>
      <FilePicker id={props.id} accept={props.accept} onFile={props.onFile} disabled={props.disabled} />
      {props.children}
      {props.error && (
        <div className="mt-3">
          <Alert tone="error" title={props.errorTitle}>
            <p>
              <QuotedText text={props.error} />
            </p>
          </Alert>
        </div>
      )}
    </section>
  );
}

export function StartPage() {
  const router = useRouter();
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [importError, setImportError] = useState("");
  const [lastYearError, setLastYearError] = useState("");
  const { busy, note, run, cancel } = useImportWorker();
  const refresh = useCallback(() => void listDrafts().then(setDrafts), []);
  useEffect(refresh, [refresh]);
  const [memory, setMemory] = useState(false);
  useEffect(() => void storageIsMemory().then(setMemory), []);

  const [createError, setCreateError] = useState("");
  // A draft is opened only once it was really written: a full storage is said, not swallowed.
  const go = (saved: SaveOutcome, fail: (message: string) => void) =>
    saved.ok ? router.push(open(saved.id)) : fail(`无法在本浏览器中保存草稿：${saved.message}`);
  // An untouched draft is opened again rather than another empty one made on every click.
  const create = async () => {
    const blank = (drafts ?? (await listDrafts())).find((d) => d.blank);
    if (blank) return router.push(open(blank.id));
    const { blankReport } = await import("./blank-report");
    go(await createDraft(blankReport()), setCreateError);
  };
  /** A file read in the worker → a new draft; a refusal says nothing was changed, a cancel says nothing. */
  const readInto = async (e: ChangeEvent<HTMLInputElement>, read: (name: string, bytes: Uint8Array) => Job, fail: (m: string) => void, verb: string) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    fail("");
    const bytes = new Uint8Array(await file.arrayBuffer());
    const name = cleanLine(file.name); // a file name enters here: what it hides is not shown or passed on
    const outcome = await run(`“${name}”`, read(name, bytes));
    if ("cancelled" in outcome) return;
    const result = outcome.ok ? outcome.value : outcome;
    if (!result.ok) return fail(`无法${verb}“${name}”：${result.error}。现有草稿没有任何改动。`);
    go(await createDraft(result.report), (m) => fail(`${m}。现有草稿没有任何改动。`));
  };
  // An exported data file (.json, any encoding) as it was saved, or an existing report in any form.
  const importFile = (e: ChangeEvent<HTMLInputElement>) => readInto(e, (name, bytes) => (jobs, give) => jobs.draftFromFile(name, give(bytes)), setImportError, "导入");
  // 「以上年报告为基础新建」: last year's report in any form → a new draft for the next year.
  const fromLastYear = (e: ChangeEvent<HTMLInputElement>) => readInto(e, (name, bytes) => (jobs, give) => jobs.nextYearFromFile(name, give(bytes)), setLastYearError, "读取");

  return (
    <>
      {memory && (
        <Suspense fallback={null}>
          <MemoryBanner />
        </Suspense>
      )}
      <main className="mx-auto max-w-3xl space-y-8 p-8">
        <div>
          <h1 className="text-2xl font-bold">年报助手</h1>
          <p className="mt-1 text-slate-700">按{GOV2021_NAME}格式编写政府信息公开工作年度报告，自动计算总计、核对勾稽关系。所填内容只保存在本电脑的浏览器中。</p>
          <div className="mt-2">
            <ImportStatus busy={busy} note={note} onCancel={cancel} />
          </div>
        </div>
        <section>
          <h2 className="mb-2 text-lg font-bold">新建报告</h2>
          <Button variant="primary" onClick={() => void create()}>
            新建报告
          </Button>
          {createError && (
            <div className="mt-3">
              <Alert tone="error" title="未能新建">
                <p>{createError}</p>
              </Alert>
            </div>
          )}
        </section>
        <FileSection
          title="以上年报告为基础新建"
          id="last-year-file"
          hint="选择上年度的报告（Word 文档 .docx、PDF、保存的网页 .html、文本 .txt、Markdown .md 或数据文件 .json）：单位信息、上年结转自动带入，上年文字作为参考，请逐段修改。"
          accept={REPORT_FILES}
          onFile={fromLastYear}
          disabled={Boolean(busy)}
          error={lastYearError}
          errorTitle="读取失败"
        />
        <section>
          <h2 className="mb-2 text-lg font-bold">继续上次的报告</h2>
          {drafts ? <DraftList drafts={drafts} changed={refresh} /> : <p className="text-slate-600">正在读取草稿……</p>}
        </section>
        <FileSection
          title="导入报告数据文件"
          id="import-json"
          hint="选择以前从年报助手导出的数据文件（.json），或一份已有的报告（Word、PDF、网页或文本），导入后作为一份新草稿打开。"
          accept={`${REPORT_FILES},application/json`}
          onFile={importFile}
          disabled={Boolean(busy)}
          error={importError}
          errorTitle="导入失败"
        >
          <p className="mt-3 text-slate-700">
            要检查别人发来的报告（Word、网页或 PDF 文字）？请用 <a href={appHref("/check")} className="text-blue-800 underline">检查已有报告</a>。
          </p>
          <p className="mt-1 text-slate-700">
            要一次审核本地区各单位报送的全部报告并汇总？请用 <a href={appHref("/review")} className="text-blue-800 underline">审核台</a>。
          </p>
        </FileSection>
      </main>
    </>
  );
}
