// JSON answers of the server-mode API: Chinese `error` messages, never cached, a ServiceError's status and extras,
// and a 500 that keeps the details in the server's log.
import { ServiceError } from "../../db/service-error";

const NO_STORE = { "Cache-Control": "no-store" };

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  Response.json(body, { status, headers: { ...NO_STORE, ...headers } });

export const refuse = (status: number, error: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  json(status, { error, ...extra }, headers);

export function errorResponse(e: unknown): Response {
  if (e instanceof ServiceError) {
    const { retryAfter, ...extra } = e.extra as { retryAfter?: number };
    return refuse(e.status, e.message, extra, retryAfter ? { "Retry-After": String(retryAfter) } : {});
  }
  console.error("api:", e); // the server's log only
  return refuse(500, "服务器出错，请稍后再试；如果一再出现，请联系管理员。");
}

type Handler<C> = (request: Request, context: C) => Promise<Response>;

/** A route handler whose refusals (ServiceError) and failures become JSON answers. */
export const handle =
  <C>(fn: Handler<C>): Handler<C> =>
  async (request, context) => {
    try {
      return await fn(request, context);
    } catch (e) {
      return errorResponse(e);
    }
  };
