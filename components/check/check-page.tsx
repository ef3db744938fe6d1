"use client";
// 检查已有报告: upload a .docx/.txt/.json or paste text → detected format, what could not be read,
// and the issue list (lib/import). Everything runs in the browser; nothing is uploaded.
import { useState, type ChangeEvent } from "react";
import { useRouter } from "next/navigation";
import { createDraft } from "@/lib/draft";
import type { ImportResult } from "@/lib/import/import-report";
import { loadImportTools as importTools } from "@/lib/import/load-tools";
import type { Issue } from "@/lib/rules/types";
import type { Report } from "@/lib/report/types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CheckResult } from "./check-result";

type Shown = { source: string; result: ImportResult; issues: Issue[] };


async function check(source: string, input: Parameters<typeof import("@/lib/import/import-report").importReport>[0]): Promise<Shown> {
  const { importReport, checkImported } = await importTools();
  const result = importReport(input);
  return { source, result, issues: result.ok ? checkImported(result) : [] };
}

export function CheckPage() {
  const router = useRouter();
  const [shown, setShown] = useState<Shown | null>(null);
  const [text, setText] = useState("");
  const [openError, setOpenError] = useState("");

  const fromFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    setShown(await check(`文件：${file.name}`, { name: file.name, bytes }));
  };
  const fromText = async () => setShown(await check("粘贴的文字", { text }));
  // A draft is opened only once it was really written; a full storage says so here.
  const open = async (report: Report) => {
    const saved = await createDraft(report);
    if (!saved.ok) return setOpenError(`无法在本浏览器中保存草稿：${saved.message}`);
    router.push(`/report?id=${encodeURIComponent(saved.id)}`);
  };
  const openNextYear = async (report: Report) => open((await importTools()).startFromLastYear(report));

  return (
    <main className="mx-auto max-w-4xl space-y-6 p-8">
      <div>
        <h1 className="text-2xl font-bold">检查已有报告</h1>
        <p className="mt-1 text-slate-700">
          上传 Word 文档（.docx）、文本文件（.txt）或年报数据文件（.json），或粘贴从网页、Word、PDF 复制的报告全文。读取和检查都在本电脑的浏览器中完成，文件不会上传。
        </p>
      </div>
      <section className="space-y-2">
        <label htmlFor="check-file" className="block font-bold">
          上传报告文件
        </label>
        <input id="check-file" type="file" accept=".docx,.txt,.json,.text" onChange={fromFile} className="block" />
      </section>
      <section className="space-y-2">
        <label htmlFor="check-text" className="block font-bold">
          或粘贴报告全文
        </label>
        <textarea
          id="check-text"
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={10}
          className="w-full rounded border border-slate-400 bg-white p-2 font-mono text-sm"
          placeholder="从政府网站、Word 或 PDF 中全选复制报告，粘贴到这里"
        />
        <Button variant="secondary" onClick={fromText} disabled={!text.trim()}>
          检查粘贴的文字
        </Button>
      </section>
      {shown && !shown.result.ok && (
        <Alert tone="error" title={`无法读取${shown.source}`}>
          <p>{shown.result.error}</p>
        </Alert>
      )}
      {openError && (
        <Alert tone="error" title="未能打开">
          <p>{openError}</p>
        </Alert>
      )}
      {shown?.result.ok && (
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
