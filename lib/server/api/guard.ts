// What every server-mode route checks before it calls a service: server mode on (else 404), the session cookie
// (401), and for a change: the same-origin check against CSRF (403), a JSON body (415) within a limit (413).
import { readSession } from "../../accounts/sessions";
import { SESSION_COOKIE } from "../../accounts/sessions";
import type { Actor } from "../../accounts/actor";
import type { Db } from "../../db/open-database";
import { ServiceError } from "../../db/service-error";
import { readBodyLimited } from "../read-body";
import { allowListFromEnv, allowedOrigin, isJsonContentType } from "../same-origin";
import { decodeText } from "../../import/readers/decode-text";
import { serverModeDb } from "./server-db";

export const OFF = "本系统尚未启用报送功能（县政务公开办尚未设置）。";

export async function serverOn(): Promise<Db> {
  const db = await serverModeDb();
  if (!db) throw new ServiceError(404, OFF);
  return db;
}

/** The cookie's session token (the last one if a client sent several), or null. */
export function sessionToken(request: Request): string | null {
  const cookies = (request.headers.get("cookie") ?? "").split(";").map((c) => c.trim());
  const found = cookies.filter((c) => c.startsWith(`${SESSION_COOKIE}=`)).map((c) => c.slice(SESSION_COOKIE.length + 1));
  return found.at(-1) ?? null;
}

/**
 * Where the request came from: the last X-Forwarded-For entry (the nearest proxy's view; `next start` sets it from
 * the socket when no proxy did), for the audit log and the per-address throttle.
 */
export function clientAddress(request: Request): string | null {
  const last = (request.headers.get("x-forwarded-for") ?? "").split(",").at(-1)?.trim();
  return last ? last.slice(0, 64) : null;
}

export async function signedIn(request: Request): Promise<{ db: Db; actor: Actor }> {
  const db = await serverOn();
  const actor = await readSession(db, sessionToken(request));
  if (!actor) throw new ServiceError(401, "请先登录。");
  return { db, actor };
}

/** CSRF: a browser page of another site may not change anything (lib/server/same-origin.ts). */
export function sameOrigin(request: Request): void {
  if (!allowedOrigin(request, allowListFromEnv(process.env.NIANBAO_ALLOWED_ORIGINS))) throw new ServiceError(403, "只接受本网站页面发来的请求。");
}

/** A changing request's JSON body: same origin, application/json, at most `maxBytes`, decoded like every door. */
export async function readJsonBody(request: Request, maxBytes: number): Promise<{ text: string; value: () => unknown }> {
  sameOrigin(request);
  if (!isJsonContentType(request)) throw new ServiceError(415, "请求体应为 JSON（Content-Type: application/json）。");
  const body = await readBodyLimited(request, maxBytes);
  if (!body.ok) throw new ServiceError(413, `请求体过大（最大 ${Math.round(maxBytes / 1024)} KB）。`);
  const text = decodeText(body.bytes);
  return {
    text,
    value: () => {
      try {
        return JSON.parse(text);
      } catch {
        throw new ServiceError(400, "请求体不是有效的 JSON。");
      }
    },
  };
}

export const isHttps = (request: Request) =>
  new URL(request.url).protocol === "https:" || (request.headers.get("x-forwarded-proto") ?? "").split(",")[0]!.trim() === "https";

/** nianbao_session: HttpOnly, SameSite=Strict, Path=/, Secure behind https. An empty token clears it. */
export function sessionCookie(request: Request, token: string, maxAge: number): string {
  return [`${SESSION_COOKIE}=${token}`, "Path=/", "HttpOnly", "SameSite=Strict", `Max-Age=${token ? maxAge : 0}`, ...(isHttps(request) ? ["Secure"] : [])].join("; ");
}
