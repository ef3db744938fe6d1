"use client";
// The pages' calls to the server-mode REST surface: JSON in and out, the server's Chinese `error` passed on;
// a network failure or a page that is not JSON becomes a Chinese sentence too, never a thrown object.
import { appHref } from "@/lib/site/base-path";

export type ApiResult<T> = { ok: true; status: number; data: T } | { ok: false; status: number; error: string; body: Record<string, unknown>; retryAfter?: number };

const STATUS_WORDS: Record<number, string> = {
  401: "请先登录",
  403: "没有权限进行此操作",
  404: "没有找到这份报告",
  409: "这份报告的状态已经改变，请刷新后再试",
  413: "内容太大，服务器拒绝接收",
  429: "尝试次数过多，请稍后再试",
};

export async function api<T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetch(appHref(path), {
      method: init.method ?? "GET",
      credentials: "same-origin",
      cache: "no-store",
      headers: { accept: "application/json", ...(init.body !== undefined ? { "content-type": "application/json" } : {}) },
      body: init.body !== undefined ? JSON.stringify(init.body) : undefined,
    });
  } catch {
    return { ok: false, status: 0, error: "无法连接服务器，请检查网络后再试", body: {} };
  }
  let body: unknown = null;
  if (/json/.test(res.headers.get("content-type") ?? "")) body = await res.json().catch(() => null);
  if (res.ok) return { ok: true, status: res.status, data: body as T };
  const obj = body && typeof body === "object" ? (body as Record<string, unknown>) : {};
  const error = typeof obj.error === "string" && obj.error ? obj.error : (STATUS_WORDS[res.status] ?? `服务器出错（${res.status}），请稍后再试`);
  const retry = Number(res.headers.get("retry-after"));
  return { ok: false, status: res.status, error, body: obj, retryAfter: Number.isFinite(retry) && retry > 0 ? retry : undefined };
}

