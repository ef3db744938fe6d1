"use client";
// 检查已有报告: upload a report (.docx, PDF, web page, text or .json) or paste one → detected format, what
// could not be read, and the issue list (lib/import). A paste keeps the web page's tables when the browser
// put them on the clipboard (text/html), plain text otherwise. Everything runs in the browser, in a Web
// Worker the clerk can cancel (use-import-worker.ts); nothing is uploaded.
import { useState, type ChangeEvent, type ClipboardEvent } from "react";
import { useRouter } from "next/navigation";
import { createDraft } from "@/lib/draft";
import { cleanLine } from "@/lib/text/hygiene";
import { REPORT_FILES } from "@/lib/import/readers/accept";
import type { WorkerOutcome } from "@/lib/import/build/import-in-worker";
import type { Checked } from "@/lib/import/build/import-jobs";
import type { Report } from "@/lib/report/types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FilePicker } from "@/components/ui/file-picker";
import { ImportStatus } from "@/components/ui/import-status";
import { useImportWorker } from "@/components/ui/use-import-worker";
import { CheckResult } from "./check-result";

type Shown = Checked & { source: string };

/** What the worker answered, shown as a reading of `source`; a worker that failed is a failed reading. */
const toShown = (source: string, outcome: WorkerOutcome<Checked>): Shown | null =>
  outcome.ok ? { source, ...outcome.value } : "error" in outcome ? { source, result: { ok: false, error: outcome.error }, issues: [] } : null;

/** The clipboard's web page, when it holds more than its plain text (a table, paragraphs). */
function pastedHtml(e: ClipboardEvent<HTMLTextAreaElement>): string | null {
  const html = e.clipboardData.getData("text/html");
  return /<(table|p|div|br|tr)[\s>/]/i.test(html) ? html : null;
}

export function CheckPage() {
  const router = useRouter();
  const [shown, setShown] = useState<Shown | null>(null);
  const { busy, note, run, cancel } = useImportWorker();
  const [text, setText] = useState("");
  const [html, setHtml] = useState<string | null>(null);
  const [openError, setOpenError] = useState("");

  // A cancelled reading leaves what was shown before.
  const show = (shown: Shown | null) => shown && setShown(shown);
  const fromFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const name = cleanLine(file.name); // a file name enters here: what it hides is not shown or passed on
    show(toShown(`文件：${name}`, await run(`“${name}”`, (jobs, give) => jobs.checkFile(name, give(bytes)))));
  };
  // A whole report pasted into the empty box: keep its web page too; typing afterwards leaves plain text.
  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const page = pastedHtml(e);
    const box = e.currentTarget;
    const replacing = !box.value.trim() || (box.selectionStart === 0 && box.selectionEnd === box.value.length);
    if (!page || !replacing) return setHtml(null);
    e.preventDefault();
    setText(e.clipboardData.getData("text/plain"));
    setHtml(page);
  };
  const fromText = async () => show(toShown(html ? "粘贴的网页内容" : "粘贴的文字", await run("粘贴的文字", (jobs) => jobs.checkPaste(html, text))));
  // A draft is opened only once it was really written; a full storage says so here.
  const open = async (report: Report) => {
    const saved = await createDraft(report);
    if (!saved.ok) return setOpenError(`无法在本浏览器中保存草稿：${saved.message}`);
    router.push(`/report?id=${encodeURIComponent(saved.id)}`);
  };
  const openNextYear = async (report: Report) => open((await import("@/lib/import/build/start-from-last-year")).startFromLastYear(report));

  return (
    <main className="mx-auto max-w-4xl space-y-6 p-8">
      <div>
        <h1 className="text-2xl font-bold">检查已有报告</h1>
        <p className="mt-1 text-slate-700">
          上传 Word 文档（.docx）、PDF、保存的网页（.html）、文本文件（.txt）、Markdown（.md）或年报数据文件（.json），或粘贴从网页、Word、PDF 复制的报告全文（也可以是 Markdown）。读取和检查都在本电脑的浏览器中完成，文件不会上传。
        </p>
      </div>
      <section className="space-y-2">
        <label htmlFor="check-file" className="block font-bold">
          上传报告文件
        </label>
        <FilePicker id="check-file" accept={REPORT_FILES} onFile={fromFile} disabled={Boolean(busy)} />
      </section>
      <section className="space-y-2">
        <label htmlFor="check-text" className="block font-bold">
          或粘贴报告全文
        </label>
        <textarea
          id="check-text"
          value={text}
          onChange={(e) => {
            setText(e.target.value);
            setHtml(null);
          }}
          onPaste={onPaste}
          rows={10}
          className="w-full rounded border border-slate-400 bg-white p-2 font-mono text-sm"
          placeholder="从政府网站、Word 或 PDF 中全选复制报告，粘贴到这里"
        />
        {html && (
          <p className="text-sm text-slate-600" data-testid="paste-kind">
            已按网页内容读取（保留表格结构）；修改文字后按纯文本读取。
          </p>
        )}
        <Button variant="secondary" onClick={fromText} disabled={!text.trim() || Boolean(busy)}>
          检查粘贴的文字
        </Button>
      </section>
      <ImportStatus busy={busy} note={note} onCancel={cancel} />
      {!busy && shown && !shown.result.ok && (
        <Alert tone="error" title={`无法读取${shown.source}`}>
          <p>{shown.result.error}</p>
        </Alert>
      )}
      {openError && (
        <Alert tone="error" title="未能打开">
          <p>{openError}</p>
        </Alert>
      )}
      {!busy && shown?.result.ok && (
        <CheckResult
          source={shown.source}
          result={shown.result}
          issues={shown.issues}
          onOpen={() => shown.result.ok && void open(shown.result.report)}
          onNextYear={() => shown.result.ok && void openNextYear(shown.result.report)}
        />
      )}
    </main>
  );
}
