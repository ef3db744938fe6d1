"use client";
// The report wizard: opens the draft named in the URL (?id=…&step=…) and hands it to the form.
import { lazy, Suspense, useEffect, useState } from "react";
import Link from "next/link";
import { readDraft, storageIsMemory } from "@/lib/draft";
import type { Report } from "@/lib/report/types";
import { Alert } from "@/components/ui/alert";
import type { Unreadable } from "./draft-recovery";
import { appHref } from "@/lib/site/base-path";
// The form (react-hook-form and the steps' shell) is fetched in parallel with the draft, not before it.
const loadForm = () => import("./wizard-form").then((m) => ({ default: m.WizardForm }));
const WizardForm = lazy(loadForm);
// The recovery view (the schema, the preview) is fetched only for a draft that cannot be opened.
const DraftRecovery = lazy(() => import("./draft-recovery").then((m) => ({ default: m.DraftRecovery })));
const opening = <p className="p-8 text-slate-600">正在打开报告……</p>;

type Opened = { id: string; report: Report; revision: number; step: string; memory: boolean } | { error: string } | { unreadable: Unreadable };

async function openFromUrl(): Promise<Opened> {
  const q = new URLSearchParams(window.location.search);
  const id = q.get("id");
  if (!id) return { error: "没有指定要打开的报告。" };
  const read = await readDraft(id);
  const memory = await storageIsMemory();
  if (!read && memory) return { error: "本浏览器禁止网站保存数据，草稿只在打开它的页面中；页面关闭或刷新后，这份草稿已不存在。" };
  if (!read) return { error: "在本浏览器中找不到这份草稿（草稿只保存在填写时使用的电脑和浏览器中）。" };
  if (!read.ok) return { unreadable: { id, error: read.error, raw: read.raw, ...(read.name ? { name: read.name } : {}) } };
  return { id, report: read.draft.report, revision: read.draft.revision ?? 0, step: q.get("step") ?? "tasks", memory };
}

export function Wizard() {
  const [opened, setOpened] = useState<Opened | null>(null);
  useEffect(() => {
    void loadForm();
    void openFromUrl().then(setOpened);
  }, []);
  if (!opened) return opening;
  if ("unreadable" in opened) {
    const reopen = (url: string) => {
      window.history.pushState(null, "", appHref(url));
      setOpened(null);
      void openFromUrl().then(setOpened);
    };
    return (
      <Suspense fallback={opening}>
        <DraftRecovery draft={opened.unreadable} opened={reopen} />
      </Suspense>
    );
  }
  if ("error" in opened)
    return (
      <main className="mx-auto max-w-2xl p-8">
        <Alert tone="error" title="无法打开报告">
          <p>{opened.error}</p>
        </Alert>
        <Link href="/" className="mt-4 inline-block text-blue-700 underline">
          返回首页
        </Link>
      </main>
    );
  return (
    <Suspense fallback={opening}>
      <WizardForm key={opened.id} draftId={opened.id} report={opened.report} revision={opened.revision} initialStep={opened.step} memory={opened.memory} />
    </Suspense>
  );
}
