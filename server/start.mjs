// The production server (`npm start`; the release archive's server.js): Next's own request handler, and in front
// of it the routes a route module offered to answer without Next's router (lib/server/api/fast-routes.ts) —
// POST /api/submissions, where 300 units submit at once (issue #26). Next costs ~2–3 ms of CPU a request on its
// own; the handler called here is the very function Next loaded, with the headers next.config.ts gives every
// response. PORT (3000) and HOSTNAME (every interface) as Next's own server reads them.
import { existsSync, readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";

const here = import.meta.dirname;
// The repository (server/start.mjs, the build in ../.next) or the release archive (beside .next).
const dir = existsSync(path.join(here, ".next")) ? here : path.dirname(here);
process.chdir(dir); // as Next's standalone server: ./data is the server's folder's
process.env.NODE_ENV = "production";
process.env.NEXT_TELEMETRY_DISABLED = "1";
// The release archive has no next.config.ts: Next reads the config as built, as its standalone server.js does.
const hasSourceConfig = ["next.config.ts", "next.config.mjs", "next.config.js"].some((f) => existsSync(path.join(dir, f)));
const builtConfig = path.join(dir, ".next/required-server-files.json");
if (!hasSourceConfig && existsSync(builtConfig)) {
  process.env.__NEXT_PRIVATE_STANDALONE_CONFIG = JSON.stringify(JSON.parse(readFileSync(builtConfig, "utf8")).config);
}

const port = Number.parseInt(process.env.PORT ?? "", 10) || 3000;
const hostname = process.env.HOSTNAME || undefined;
const { default: next } = await import("next");
const app = next({ dev: false, dir, hostname, port });
const nextHandler = app.getRequestHandler();
await app.prepare();

const INTERNAL_ERROR = JSON.stringify({ error: "服务器出错，请稍后再试；如果一再出现，请联系管理员。" });
// NIANBAO_FAST_ROUTES=off: every request through Next's router (to compare, or to rule this server out).
const fastOn = process.env.NIANBAO_FAST_ROUTES !== "off";
const fastRoute = (req) => (fastOn ? globalThis[Symbol.for("nianbao.fast-routes")]?.get(`${req.method} ${(req.url ?? "/").split("?")[0]}`) : undefined);

/**
 * The body as the handler reads it (lib/server/read-body.ts), read here at most one byte past the route's limit:
 * over it the handler answers 413 as it would under Next, and the rest is never buffered.
 */
function readBody(req, maxBody) {
  return new Promise((resolve, reject) => {
    if (Number(req.headers["content-length"] ?? 0) > maxBody) return resolve({ bytes: Buffer.alloc(0), complete: false });
    const chunks = [];
    let size = 0;
    const finish = (complete) => {
      req.off("data", onData).off("end", onEnd).off("error", reject);
      if (!complete) req.pause();
      resolve({ bytes: Buffer.concat(chunks, size), complete });
    };
    const onData = (chunk) => {
      chunks.push(chunk);
      size += chunk.length;
      if (size > maxBody) finish(false);
    };
    const onEnd = () => finish(true);
    req.on("data", onData).on("end", onEnd).on("error", reject);
  });
}

/** The Request a route handler gets under Next: its URL from the server's own name (resolve-routes.js). */
function toRequest(req, body) {
  req.headers["x-forwarded-for"] ??= req.socket.remoteAddress; // as Next does (base-server.js)
  const protocol = req.headers["x-forwarded-proto"]?.includes("https") ? "https" : "http";
  const host = (hostname ?? "localhost").includes(":") ? `[${hostname}]` : (hostname ?? "localhost");
  const headers = new Headers();
  for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
  return new Request(`${protocol}://${host}:${port}${req.url}`, { method: req.method, headers, ...(body ? { body: body.bytes } : {}) });
}

async function serveFast(route, req, res) {
  const body = req.method === "GET" || req.method === "HEAD" ? null : await readBody(req, route.maxBody);
  const response = await route.handler(toRequest(req, body), { params: Promise.resolve({}) });
  const answer = Buffer.from(await response.arrayBuffer());
  for (const [k, v] of route.headers) res.setHeader(k, v);
  response.headers.forEach((v, k) => k !== "set-cookie" && res.setHeader(k, v));
  const cookies = response.headers.getSetCookie();
  if (cookies.length) res.setHeader("set-cookie", cookies);
  res.setHeader("content-length", answer.length);
  if (body && !body.complete) res.setHeader("connection", "close"); // the rest of an oversized body is not read
  res.writeHead(response.status);
  res.end(answer);
}

const server = http.createServer((req, res) => {
  const route = fastRoute(req);
  if (!route) return nextHandler(req, res);
  serveFast(route, req, res).catch((e) => {
    console.error("server:", e);
    if (res.headersSent) return res.destroy();
    for (const [k, v] of route.headers) res.setHeader(k, v);
    res.writeHead(500, { "content-type": "application/json; charset=utf-8", "cache-control": "no-store" });
    res.end(INTERNAL_ERROR);
  });
});
server.listen(port, hostname, () => console.log(`年报助手已启动：http://${hostname ?? "localhost"}:${port}`));
// As Next's own server: SIGTERM (systemd) and SIGINT (Ctrl+C) stop it with exit code 0.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
