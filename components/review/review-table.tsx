"use client";
// 审核结果: one row per report; headers sort (aria-sort), a status filter and a search box; a row opens its
// detail (click, or Enter on the focused row's button). Names from files are shown bidi-isolated (<bdi>): a
// U+202E left in a name cannot run into the columns beside it. Under each unit its file's path; where two rows
// would look alike (the same unit twice), the path is shown in full.
import { memo, useMemo, useState } from "react";
import { STATUS_NAMES } from "@/lib/review/columns";
import { COLUMNS, cellText, filterEntries, nextSort, sortEntries, statusCounts, type Sort } from "@/lib/review/desk-rows";
import type { Column, ColumnKey } from "@/lib/review/desk-rows";
import type { ReviewEntry, ReviewStatus } from "@/lib/review/types";

const STATUS_TONE: Record<ReviewStatus, string> = {
  pass: "text-green-800",
  errors: "text-red-800 font-bold",
  obsolete: "text-amber-900 font-bold",
  unreadable: "text-slate-700 font-bold",
};

// Text columns that may wrap, so the whole table fits a 1024 px window: 类型, and 格式's 「2019（已废止）」
// (a long heading breaks too, below).
const WRAPS: Partial<Record<ColumnKey, string>> = { unitKind: "min-w-[6em]", format: "min-w-[5em]" };

type RowProps = { entry: ReviewEntry; columns: Column[]; selected: boolean; fullPath: boolean; onSelect: (id: string) => void; /** 报送状态 (server mode), when shown. */ submission?: string | null };

/** One row; memoised, so a review that adds rows renders only the new ones (the rest keep their objects). */
const ReviewRow = memo(function ReviewRow({ entry: e, columns, selected, fullPath, onSelect, submission }: RowProps) {
  return (
    <tr data-entry={e.id} data-status={e.status} className={`border-b border-slate-200 ${selected ? "bg-blue-50" : "hover:bg-slate-50"}`} onClick={() => onSelect(e.id)}>
      {columns.map((c) =>
        c.key === "unit" ? (
          <th key={c.key} scope="row" className="px-2 py-1 text-left font-normal">
            <button
              type="button"
              className="text-left text-blue-800 underline hover:no-underline focus-visible:outline-2 focus-visible:outline-blue-600"
              aria-current={selected ? "true" : undefined}
              onClick={(ev) => {
                ev.stopPropagation();
                onSelect(e.id);
              }}
            >
              <bdi>{cellText(e, "unit")}</bdi>
            </button>
            <bdi data-testid="entry-path" className={`block max-w-[11rem] text-xs text-slate-600 ${fullPath ? "break-all" : "truncate"}`} title={e.id}>
              {e.id}
            </bdi>
          </th>
        ) : c.key === SUBMISSION ? (
          <td key={c.key} data-col={c.key} className="px-2 py-1 whitespace-nowrap">
            {submission ?? ""}
          </td>
        ) : (
          <td key={c.key} data-col={c.key} className={`${WRAPS[c.key] ?? "whitespace-nowrap"} px-2 py-1 ${c.numeric ? "text-right tabular-nums" : ""} ${c.key === "status" ? STATUS_TONE[e.status] : ""}`}>
            {cellText(e, c.key)}
          </td>
        ),
      )}
    </tr>
  );
});

// Server mode (issue #26): 报送状态 beside the unit, for rows that came from the server's submissions.
const SUBMISSION = "submission" as ColumnKey;

type Props = {
  entries: ReviewEntry[];
  showRepeated: boolean;
  selected: string | null;
  onSelect: (id: string) => void;
  /** Row id → 已报送 / 退回修改 / 已通过; given, the table has a 报送状态 column. */
  submissionStatus?: ReadonlyMap<string, string>;
};

export function ReviewTable({ entries, showRepeated, selected, onSelect, submissionStatus }: Props) {
  const [sort, setSort] = useState<Sort | null>(null);
  const [status, setStatus] = useState<ReviewStatus | "all">("all");
  const [search, setSearch] = useState("");
  const columns = useMemo(() => {
    const shown = COLUMNS.filter((c) => showRepeated || c.key !== "repeatedShare");
    return submissionStatus ? [shown[0]!, { key: SUBMISSION, label: "报送状态", numeric: false }, ...shown.slice(1)] : shown;
  }, [showRepeated, submissionStatus]);
  const counts = useMemo(() => statusCounts(entries), [entries]);
  const rows = useMemo(() => sortEntries(filterEntries(entries, status, search), sort), [entries, status, search, sort]);
  const alike = useMemo(() => {
    const seen = new Map<string, number>();
    for (const e of entries) seen.set(cellText(e, "unit"), (seen.get(cellText(e, "unit")) ?? 0) + 1);
    return seen;
  }, [entries]);

  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-end gap-4">
        <div>
          <label htmlFor="review-status" className="block text-sm font-bold">
            按状态筛选
          </label>
          <select
            id="review-status"
            value={status}
            onChange={(e) => setStatus(e.target.value as ReviewStatus | "all")}
            className="rounded border border-slate-400 bg-white px-2 py-1"
          >
            <option value="all">全部（{entries.length}）</option>
            {(Object.keys(STATUS_NAMES) as ReviewStatus[]).map((s) => (
              <option key={s} value={s}>
                {STATUS_NAMES[s]}（{counts[s]}）
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="review-search" className="block text-sm font-bold">
            搜索单位或文件名
          </label>
          <input
            id="review-search"
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            className="w-64 rounded border border-slate-400 bg-white px-2 py-1"
          />
        </div>
        <p className="text-sm text-slate-700" aria-live="polite">
          显示 {rows.length} 份，共 {entries.length} 份
        </p>
      </div>
      {/* A narrow window scrolls the table sideways: the region takes focus so the keyboard can scroll it too. */}
      <div role="region" aria-label="审核结果表（可左右滚动）" tabIndex={0} className="overflow-x-auto rounded border border-slate-300 bg-white focus-visible:outline-2 focus-visible:outline-blue-600">
        <table className="w-full border-collapse text-sm" data-testid="review-table">
          <caption className="sr-only">审核结果（点击表头排序，点击单位查看详情）</caption>
          <thead className="bg-slate-100">
            <tr>
              {columns.map((c) =>
                c.key === SUBMISSION ? (
                  <th key={c.key} scope="col" className="border-b border-slate-300 px-2 py-2 text-left align-bottom font-bold whitespace-nowrap">
                    {c.label}
                  </th>
                ) : (
                <th key={c.key} scope="col" aria-sort={sort?.key === c.key ? sort.dir : undefined} className="border-b border-slate-300 p-0 text-left align-bottom">
                  <button
                    type="button"
                    onClick={() => setSort(nextSort(sort, c.key))}
                    className={`w-full px-2 py-2 font-bold [word-break:keep-all] hover:bg-slate-200 focus-visible:outline-2 focus-visible:outline-blue-600 ${c.numeric ? "text-right" : "text-left"}`}
                  >
                    {/* A long heading breaks only before its last two characters: 办理结果 / 总计, 与上年 / 雷同. */}
                    {c.label.length > 3 && <>{c.label.slice(0, -2)}<wbr /></>}
                    <span className="whitespace-nowrap">
                      {c.label.length > 3 ? c.label.slice(-2) : c.label}
                      <span aria-hidden="true" className="ml-0.5 text-slate-500">
                        {sort?.key === c.key ? (sort.dir === "ascending" ? "▲" : "▼") : ""}
                      </span>
                    </span>
                  </button>
                </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((e) => (
              <ReviewRow key={e.id} entry={e} columns={columns} selected={selected === e.id} fullPath={(alike.get(cellText(e, "unit")) ?? 0) > 1} onSelect={onSelect} submission={submissionStatus?.get(e.id) ?? null} />
            ))}
            {rows.length === 0 && (
              <tr>
                <td colSpan={columns.length} className="p-3 text-slate-700">
                  没有符合条件的报告。
                </td>
              </tr>
            )}
          </tbody>
        </table>
      </div>
    </div>
  );
}
