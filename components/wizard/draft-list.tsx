"use client";
// 继续上次的报告: the drafts in this browser, newest first, each with 继续填写, 重命名 and 删除 (confirmed in place).
import { useState, type FormEvent } from "react";
import { deleteDraft, renameDraft, type DraftSummary } from "@/lib/draft";
import { Button } from "@/components/ui/button";
import { InAppLink } from "@/components/ui/in-app-link";
import { UserText } from "@/components/ui/user-text";
import { inputClass } from "@/components/ui/field";

export const openDraftUrl = (id: string) => `/report?id=${encodeURIComponent(id)}`;

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? "时间不详" : d.toLocaleString("zh-CN", { hour12: false });
}

const reportName = (d: DraftSummary) => `${d.unitName}${d.year !== null ? ` · ${d.year}年度` : ""}`;

function Rename({ draft, done }: { draft: DraftSummary; done: () => void }) {
  const [name, setName] = useState(draft.name ?? "");
  const id = `rename-${draft.id}`;
  const save = async (e: FormEvent) => {
    e.preventDefault();
    await renameDraft(draft.id, name);
    done();
  };
  return (
    <form onSubmit={save} className="flex flex-wrap items-center gap-2">
      <label htmlFor={id} className="text-sm">
        草稿名称
      </label>
      <input id={id} className={inputClass} value={name} maxLength={60} placeholder={reportName(draft)} onChange={(e) => setName(e.target.value)} autoFocus />
      <Button type="submit" variant="primary">
        保存名称
      </Button>
      <Button onClick={done}>取消</Button>
    </form>
  );
}

function DraftItem({ draft, changed }: { draft: DraftSummary; changed: () => void }) {
  const [mode, setMode] = useState<"view" | "rename" | "delete">("view");
  const title = draft.name ?? reportName(draft);
  const remove = async () => {
    await deleteDraft(draft.id);
    changed();
  };
  return (
    <li className="space-y-2 p-3" data-draft={draft.id}>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <div className="min-w-0">
          <p className="font-medium">
            <UserText>{title}</UserText>
            {draft.blank && <span className="ml-2 rounded bg-slate-100 px-1.5 text-sm font-normal text-slate-700">空白，尚未填写</span>}
          </p>
          <p className="text-sm text-slate-600">
            {draft.name && (
              <>
                <UserText>{reportName(draft)}</UserText> ·{" "}
              </>
            )}
            最后编辑：{when(draft.savedAt)}
          </p>
          {draft.error && <p className="text-sm text-red-700">{draft.error}（草稿仍保留在本浏览器中）</p>}
        </div>
        {mode === "view" && (
          <div className="flex flex-wrap items-center gap-2">
            {draft.error && (
              <InAppLink href={openDraftUrl(draft.id)} className="rounded border border-blue-700 px-3 py-1.5 text-blue-800 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600">
                查看与恢复<span className="sr-only">：{title}</span>
              </InAppLink>
            )}
            {!draft.error && (
              <InAppLink href={openDraftUrl(draft.id)} className="rounded border border-blue-700 px-3 py-1.5 text-blue-800 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600">
                继续填写<span className="sr-only">：{title}</span>
              </InAppLink>
            )}
            {!draft.error && (
              <Button onClick={() => setMode("rename")} aria-label={`重命名：${title}`}>
                重命名
              </Button>
            )}
            <Button onClick={() => setMode("delete")} aria-label={`删除：${title}`}>
              删除
            </Button>
          </div>
        )}
      </div>
      {mode === "rename" && (
        <Rename
          draft={draft}
          done={() => {
            setMode("view");
            changed();
          }}
        />
      )}
      {mode === "delete" && (
        <div role="alert" className="flex flex-wrap items-center gap-2 rounded border-l-4 border-red-600 bg-red-50 p-2">
          <span>确定删除“{title}”吗？删除后无法恢复（可先在向导中导出数据文件备份）。</span>
          <Button variant="danger" onClick={remove}>
            确定删除
          </Button>
          <Button onClick={() => setMode("view")}>取消</Button>
        </div>
      )}
    </li>
  );
}

export function DraftList({ drafts, changed }: { drafts: DraftSummary[]; changed: () => void }) {
  if (drafts.length === 0) return <p className="text-slate-600">本浏览器中还没有草稿。</p>;
  return (
    <ul className="divide-y divide-slate-200 rounded border border-slate-300 bg-white">
      {drafts.map((d) => (
        <DraftItem key={d.id} draft={d} changed={changed} />
      ))}
    </ul>
  );
}
