"use client";
// What changed between two versions (issue #26): the reviewer picks any two; cells before → after,
// paragraphs with the removed text struck and the added text marked, basic fields before → after.
import { useEffect, useState } from "react";
import type { Report } from "@/lib/report/types";
import { isEmptyDiff, versionDiff, type VersionDiff } from "@/lib/submission-view/version-diff";
import type { Id, VersionInfo } from "@/lib/submission-view/types";
import { timeWords } from "@/lib/submission-view/status-words";
import { gov2021 } from "@/templates/gov-2021";
import { api } from "@/components/account/api";

const blank = (v: string) => v || "（空）";

function VersionSelect({ id, label, value, versions, onChange }: { id: string; label: string; value: number; versions: VersionInfo[]; onChange: (v: number) => void }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-bold">
        {label}
      </label>
      <select id={id} className="rounded border border-slate-400 bg-white px-2 py-1" value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v.version} value={v.version}>
            第 {v.version} 版（{timeWords(v.submittedAt)}）
          </option>
        ))}
      </select>
    </div>
  );
}

export function VersionDiffView({ id, versions }: { id: Id; versions: VersionInfo[] }) {
  const latest = Math.max(...versions.map((v) => v.version));
  const [from, setFrom] = useState(latest - 1);
  const [to, setTo] = useState(latest);
  // The comparison of the two versions picked last (a pair picked since shows 正在比较 until it is done).
  const [result, setResult] = useState<{ key: string; diff: VersionDiff | null; error: string } | null>(null);
  const key = `${from}-${to}`;
  useEffect(() => {
    let live = true;
    const get = (v: number) => api<Report>(`/api/submissions/${encodeURIComponent(String(id))}/versions/${v}`);
    void Promise.all([get(from), get(to)]).then(([a, b]) => {
      if (!live) return;
      if (!a.ok || !b.ok) return setResult({ key: `${from}-${to}`, diff: null, error: (!a.ok ? a.error : !b.ok ? b.error : "") || "未能读取" });
      setResult({ key: `${from}-${to}`, diff: versionDiff(gov2021, a.data, b.data), error: "" });
    });
    return () => void (live = false);
  }, [id, from, to]);
  const diff = result?.key === key ? result.diff : null;
  const error = result?.key === key ? result.error : "";
  return (
    <section aria-labelledby="diff-title" className="space-y-2" data-testid="version-diff">
      <h3 id="diff-title" className="font-bold">
        两版之间的改动
      </h3>
      <div className="flex flex-wrap gap-3">
        <VersionSelect id="diff-from" label="原来" value={from} versions={versions} onChange={setFrom} />
        <VersionSelect id="diff-to" label="改为" value={to} versions={versions} onChange={setTo} />
      </div>
      <div aria-live="polite">
        {error && <p className="text-red-800">{error}</p>}
        {!diff && !error && <p className="text-slate-700">正在比较……</p>}
        {diff && isEmptyDiff(diff) && <p>两版内容相同。</p>}
        {diff && !isEmptyDiff(diff) && (
          <div className="space-y-3">
            {[...diff.fields, ...diff.cells].length > 0 && (
              <table className="w-full border-collapse text-sm">
                <caption className="sr-only">改动的格子和字段</caption>
                <thead>
                  <tr className="bg-slate-100 text-left">
                    <th scope="col" className="px-2 py-1">位置</th>
                    <th scope="col" className="px-2 py-1">原来</th>
                    <th scope="col" className="px-2 py-1">改为</th>
                  </tr>
                </thead>
                <tbody>
                  {[...diff.fields, ...diff.cells].map((c) => (
                    <tr key={c.path} data-diff-path={c.path} className="border-b border-slate-200">
                      <th scope="row" className="px-2 py-1 text-left font-normal">{c.label}</th>
                      <td className="px-2 py-1"><del className="text-red-800"><bdi>{blank(c.before)}</bdi></del></td>
                      <td className="px-2 py-1"><ins className="font-bold text-green-800 no-underline"><bdi>{blank(c.after)}</bdi></ins></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {diff.paragraphs.map((p) => (
              <div key={p.path} data-diff-path={p.path} className="rounded bg-slate-50 p-2">
                <p className="text-sm font-bold">{p.label}</p>
                <p className="whitespace-pre-wrap">
                  {p.segments.map((s, i) =>
                    s.op === "same" ? <span key={i}>{s.text}</span> : s.op === "removed" ? <del key={i} className="bg-red-100 text-red-900" aria-label={`删去：${s.text}`}>{s.text}</del> : <ins key={i} className="bg-green-100 text-green-900" aria-label={`增加：${s.text}`}>{s.text}</ins>,
                  )}
                </p>
              </div>
            ))}
          </div>
        )}
      </div>
    </section>
  );
}
