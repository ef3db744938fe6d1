"use client";
// 名单: the units expected to report (pasted, or loaded from .txt/.csv/.xlsx — one per line or the first
// column), and what the batch shows against it: 未提交, 重复提交, 不在名单, 年度不符 — and, where a missing
// unit and a report not on the roster are only alike, 「可能是…，请核对」 beside both. Names are bidi-isolated.
import { useState, type ChangeEvent } from "react";
import { probableText } from "@/lib/review/columns";
import type { BatchReview, ReviewEntry } from "@/lib/review/types";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FilePicker } from "@/components/ui/file-picker";
import type { PickedFile } from "./desk-types";

type Props = {
  batch: BatchReview;
  roster: string[] | null;
  disabled: boolean;
  /** Why the last roster could not be read (Chinese), or "". */
  error: string;
  onRoster: (input: string | PickedFile | null) => void;
  onSelect: (id: string) => void;
};

function Finding({ title, testId, children, count }: { title: string; testId: string; count: number; children: React.ReactNode }) {
  return (
    <section data-testid={testId} className="rounded border border-slate-300 bg-white p-3">
      <h3 className="font-bold">
        {title}（{count}）
      </h3>
      {count === 0 ? <p className="text-sm text-slate-600">无。</p> : <ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">{children}</ul>}
    </section>
  );
}

export function RosterPanel({ batch, roster, disabled, error, onRoster, onSelect }: Props) {
  const [text, setText] = useState("");
  const byId = new Map<string, ReviewEntry>(batch.entries.map((e) => [e.id, e]));
  const label = (id: string) => {
    const e = byId.get(id);
    return e ? (
      <>
        <bdi>{e.unit || "（未识别）"}</bdi>（<bdi>{e.id}</bdi>）
      </>
    ) : (
      <bdi>{id}</bdi>
    );
  };
  const EntryLink = ({ id }: { id: string }) => (
    <Button variant="link" onClick={() => onSelect(id)}>
      {label(id)}
    </Button>
  );
  const probable = batch.roster?.probable ?? [];
  const fromFile = (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = "";
    if (file) onRoster({ name: file.name, file });
  };
  const result = batch.roster;
  return (
    <div className="space-y-4">
      <div className="grid gap-4 md:grid-cols-2">
        <div className="space-y-2">
          <label htmlFor="roster-text" className="block font-bold">
            粘贴应报送单位名单（每行一个单位）
          </label>
          <textarea
            id="roster-text"
            rows={6}
            value={text}
            onChange={(e) => setText(e.target.value)}
            className="w-full rounded border border-slate-400 bg-white p-2 text-sm"
            placeholder={"例如：\n官庄镇人民政府\n城关街道办事处\n县教育局"}
          />
          <Button variant="secondary" disabled={disabled || !text.trim()} onClick={() => onRoster(text)}>
            使用粘贴的名单
          </Button>
        </div>
        <div className="space-y-2">
          <p className="font-bold" id="roster-file-label">
            或从文件读取名单（.txt、.csv 或 .xlsx 的第一列）
          </p>
          <FilePicker id="roster-file" accept=".txt,.csv,.xlsx" onFile={fromFile} disabled={disabled} buttonText="选择名单文件…" />
          {roster && (
            <p className="text-sm text-slate-700">
              当前名单共 {roster.length} 个单位。
              <Button variant="link" disabled={disabled} onClick={() => onRoster(null)}>
                不使用名单
              </Button>
            </p>
          )}
        </div>
      </div>
      {error && (
        <Alert tone="error" title="名单未能读取">
          <p>{error}</p>
        </Alert>
      )}
      {result ? (
        <div className="grid gap-3 md:grid-cols-2" data-testid="roster-result">
          <Finding title="未提交" testId="roster-missing" count={result.missing.length}>
            {result.missing.map((n) => (
              <li key={n}>
                <bdi>{n}</bdi>
                {probable
                  .filter((p) => p.name === n)
                  .map((p) => (
                    <span key={p.entryId} className="text-amber-900" data-testid="roster-probable">
                      （可能是
                      <EntryLink id={p.entryId} />
                      ，请核对）
                    </span>
                  ))}
              </li>
            ))}
          </Finding>
          <Finding title="重复提交" testId="roster-duplicates" count={result.duplicates.length}>
            {result.duplicates.map((d) => (
              <li key={d.name}>
                <bdi>{d.name}</bdi>：
                {d.entryIds.map((id) => (
                  <span key={id} className="mr-2">
                    <EntryLink id={id} />
                  </span>
                ))}
              </li>
            ))}
          </Finding>
          <Finding title="不在名单中" testId="roster-not-on" count={result.notOnRoster.length}>
            {result.notOnRoster.map((id) => (
              <li key={id}>
                <EntryLink id={id} />
                {probable
                  .filter((p) => p.entryId === id)
                  .map((p) => (
                    <span key={p.name} className="text-amber-900">
                      （{probableText(p.name)}）
                    </span>
                  ))}
              </li>
            ))}
          </Finding>
          <Finding title={`年度不符${batch.year ? `（本批为 ${batch.year} 年度）` : ""}`} testId="roster-wrong-year" count={result.wrongYear.length}>
            {result.wrongYear.map((id) => (
              <li key={id}>
                <EntryLink id={id} />（{byId.get(id)?.year ?? "年度未知"}年度）
              </li>
            ))}
          </Finding>
        </div>
      ) : (
        <p className="text-slate-700">尚未提供名单：提供名单后，这里列出未提交、重复提交、不在名单中和年度不符的单位。</p>
      )}
    </div>
  );
}
