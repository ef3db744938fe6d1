// Routes the production server (server/start.mjs) may answer without Next's router (issue #26: 300 units
// submitting at once). A route module offers its own handler when Next loads it; until then, and under
// `next dev`, every request goes through Next as usual. One copy of the code: the server calls the very function
// Next loaded, and adds the headers next.config.ts gives every response. The registry is on globalThis under a
// Symbol.for key, the only thing server/start.mjs knows of it.
import { securityHeaders } from "../security-headers";

export type FastRoute = { handler: (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>; headers: [string, string][]; maxBody: number };

const KEY = Symbol.for("nianbao.fast-routes");
const registry = ((globalThis as Record<symbol, Map<string, FastRoute>>)[KEY] ??= new Map());

/**
 * `path` without the base path (added from the build's NEXT_PUBLIC_NIANBAO_BASE_PATH); `maxBody`: the handler's
 * own body limit (the server reads at most one byte past it). The headers are next.config.ts's, from the same function.
 */
export function offerFastRoute(method: "GET" | "POST", path: string, handler: FastRoute["handler"], maxBody = 0): void {
  const headers = securityHeaders(process.env.NODE_ENV !== "production").map(({ key, value }) => [key, value] as [string, string]);
  registry.set(`${method} ${process.env.NEXT_PUBLIC_NIANBAO_BASE_PATH ?? ""}${path}`, { handler, headers, maxBody });
}

