// Test support: the server-mode route handlers called with Request objects, as a browser on this site would
// (Origin of the site, JSON bodies, the session cookie), or with whatever a test overrides.
import * as session from "../app/api/session/route";
import * as password from "../app/api/session/password/route";
import * as submissions from "../app/api/submissions/route";
import * as submission from "../app/api/submissions/[id]/route";
import * as returnRoute from "../app/api/submissions/[id]/return/route";
import * as approve from "../app/api/submissions/[id]/approve/route";
import * as version from "../app/api/submissions/[id]/versions/[v]/route";
import * as versionDocx from "../app/api/submissions/[id]/versions/[v]/docx/route";
import * as units from "../app/api/units/route";
import * as deadlines from "../app/api/deadlines/route";
import * as audit from "../app/api/audit/route";

export const ROUTES = { session, password, submissions, submission, returnRoute, approve, version, versionDocx, units, deadlines, audit };

export const SITE = "http://nianbao.test";

export type CallOptions = { body?: unknown; raw?: BodyInit; cookie?: string | null; origin?: string | null; type?: string; headers?: Record<string, string> };

export function request(method: string, path: string, { body, raw, cookie, origin = SITE, type = "application/json", headers = {} }: CallOptions = {}): Request {
  const h: Record<string, string> = { host: new URL(SITE).host, ...headers };
  if (origin) h.origin = origin;
  if (cookie) h.cookie = cookie;
  const payload = raw ?? (body === undefined ? undefined : JSON.stringify(body));
  if (payload !== undefined) h["content-type"] = type;
  return new Request(`${SITE}${path}`, { method, headers: h, body: payload });
}

type Handler = (r: Request, c: { params: Promise<Record<string, string>> }) => Promise<Response>;

/** Calls `handler` with the request and the dynamic segments of its path. */
export const call = (handler: unknown, method: string, path: string, options: CallOptions = {}, params: Record<string, string> = {}) =>
  (handler as Handler)(request(method, path, options), { params: Promise.resolve(params) });

/** The session token a response sets (empty when it clears the cookie), or null when it sets none. */
export function setCookie(res: Response): string | null {
  const header = res.headers.get("set-cookie");
  const m = header?.match(/nianbao_session=([^;]*)/);
  return m ? m[1]! : null;
}

export const cookieOf = (token: string) => `nianbao_session=${token}`;

/** Signs in (the password already changed) and returns the cookie header to send. */
export async function signIn(username: string, pw: string, headers: Record<string, string> = {}): Promise<string> {
  const res = await call(session.POST, "POST", "/api/session", { body: { username, password: pw }, headers });
  if (res.status !== 200) throw new Error(`sign-in ${username}: ${res.status} ${await res.text()}`);
  return cookieOf(setCookie(res)!);
}
