// The words a status is shown in (issue #26): 草稿 is a report not yet submitted (it lives in the browser only).
import type { SubmissionStatus } from "./types";

export const STATUS_WORDS: Record<SubmissionStatus | "draft", string> = {
  draft: "草稿",
  submitted: "已报送",
  returned: "退回修改",
  approved: "已通过",
};

export const ROLE_WORDS = { clerk: "填报人员", reviewer: "审核人员", admin: "管理员" } as const;

/** 「2025年1月20日 09:05」 from an ISO time, in the reader's own time zone. */
export function timeWords(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}年${d.getMonth() + 1}月${d.getDate()}日 ${two(d.getHours())}:${two(d.getMinutes())}`;
}

/** 「已报送（第 2 版，2025年1月20日 09:05）」. */
export function statusLine(status: SubmissionStatus, version: number, at: string): string {
  return `${STATUS_WORDS[status]}（第 ${version} 版，${timeWords(at)}）`;
}

/** 「3 分钟」「40 秒」: how long to wait, from Retry-After's seconds. */
export function waitWords(seconds: number): string {
  return seconds >= 60 ? `${Math.ceil(seconds / 60)} 分钟` : `${Math.ceil(seconds)} 秒`;
}

/** 「2025年1月31日」 from 「2025-01-31」 (a date, no time zone to shift it). */
export function dateWords(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(date);
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : date;
}

/** 「报送截止日期：2025年1月31日（还有 3 天）」; on the day 「（今天截止）」; after it 「（已过 2 天）」. `today` as 「2025-01-28」. */
export function deadlineLine(date: string, today: string): string {
  const day = (s: string) => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))) / 86_400_000;
  const left = day(date) - day(today);
  const when = left > 0 ? `还有 ${left} 天` : left === 0 ? "今天截止" : `已过 ${-left} 天`;
  return `报送截止日期：${dateWords(date)}（${when}）`;
}

/** Today in the reader's own calendar, as 「2025-01-28」. */
export function todayIso(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
