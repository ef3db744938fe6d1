// The production server (server/start.mjs, issue #26): once Next has loaded POST /api/submissions, the server
// answers it itself — and exactly as Next's router does: status, body, the security headers, the body limit, the
// same-origin check, the client's address in the audit log. Two servers on copies of one county's data: one as
// shipped, one with NIANBAO_FAST_ROUTES=off (every request through Next), asked the same things.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSession, type Actor } from "../lib/accounts";
import { readAudit } from "../lib/submissions";
import { closeDatabase, migrate, openDatabase } from "../lib/db";
import { brokenReport, reportOf, setUpCounty } from "../test-support/server-mode";
import { E2E_PORT } from "./global-setup";
import { startServer } from "./server";

const UNITS = ["甲镇人民政府", "乙镇人民政府", "丙镇人民政府", "丁镇人民政府"];
const SECURITY = ["content-security-policy", "x-content-type-options", "x-frame-options", "referrer-policy", "permissions-policy", "cross-origin-opener-policy", "cross-origin-resource-policy", "x-ua-compatible"];

const dir = mkdtempSync(path.join(tmpdir(), "nianbao-e2e-server-"));
type Server = Awaited<ReturnType<typeof startServer>>;
let fast: Server;
let viaNext: Server;
const clerks: string[] = [];
let admin = "";
let adminActor: Actor;

beforeAll(async () => {
  const db = await openDatabase({ dataDir: path.join(dir, "fast"), create: true });
  await migrate(db);
  const county = await setUpCounty(db, "示例县", UNITS);
  for (const clerk of county.clerks) clerks.push(`nianbao_session=${(await createSession(db, clerk, null)).token}`);
  admin = `nianbao_session=${(await createSession(db, county.admin, null)).token}`;
  adminActor = county.admin;
  await closeDatabase(db);
  cpSync(path.join(dir, "fast"), path.join(dir, "next"), { recursive: true });
  fast = await startServer(E2E_PORT + 2, { NIANBAO_DATA_DIR: path.join(dir, "fast") });
  viaNext = await startServer(E2E_PORT + 3, { NIANBAO_DATA_DIR: path.join(dir, "next"), NIANBAO_FAST_ROUTES: "off" });
  for (const s of [fast, viaNext]) await post(s, clerks[0]!, "{}"); // Next loads the route (and offers it)
});
afterAll(async () => {
  await fast?.stop();
  await viaNext?.stop();
  rmSync(dir, { recursive: true, force: true });
});

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: string };

/** A POST by node:http (a chunked body when `chunked`), as a browser page of this site sends it unless told. */
function post(server: Server, cookie: string, body: string | Buffer, extra: Record<string, string> = {}, chunked = false): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { "content-type": "application/json", origin: server.url, cookie, ...extra };
    if (!chunked) headers["content-length"] = Buffer.byteLength(body);
    const req = http.request(`${server.url}/api/submissions`, { method: "POST", headers }, (res) => {
      let text = "";
      res.setEncoding("utf8").on("data", (c) => (text += c)).on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: text }));
    });
    req.on("error", (e) => ((e as NodeJS.ErrnoException).code === "EPIPE" || (e as NodeJS.ErrnoException).code === "ECONNRESET" ? undefined : reject(e)));
    if (chunked) for (let at = 0; at < body.length; at += 64 * 1024) req.write(body.slice(at, at + 64 * 1024));
    req.end(chunked ? undefined : body);
  });
}

const servedByNext = (a: Answer) => String(a.headers.vary ?? "").includes("rsc"); // Next's router varies on its RSC headers

describe("POST /api/submissions on the production server", () => {
  it("is answered by the server itself, with every header next.config.ts gives Next's answers", async () => {
    const own = await post(fast, clerks[0]!, reportOf(UNITS[0]!));
    const next = await post(viaNext, clerks[0]!, reportOf(UNITS[0]!));
    expect([own.status, next.status]).toEqual([201, 201]);
    expect([servedByNext(own), servedByNext(next)]).toEqual([false, true]);
    for (const h of SECURITY) expect([h, own.headers[h]]).toEqual([h, next.headers[h]]);
    expect(own.headers["cache-control"]).toBe("no-store");
    expect(JSON.parse(own.body)).toEqual(JSON.parse(next.body));
  });

  const big = Buffer.alloc(1024 * 1024 + 1, " ");
  const cases: [string, (s: Server) => Promise<Answer>][] = [
    ["a report with an error: 422 with its issues", (s) => post(s, clerks[1]!, brokenReport(UNITS[1]!))],
    ["not JSON: 422", (s) => post(s, clerks[1]!, "这不是 JSON")],
    ["not application/json: 415", (s) => post(s, clerks[1]!, reportOf(UNITS[1]!), { "content-type": "text/plain" })],
    ["a page of another site: 403", (s) => post(s, clerks[1]!, reportOf(UNITS[1]!), { origin: "http://evil.example" })],
    ["no session: 401", (s) => post(s, "", reportOf(UNITS[1]!))],
    ["a reviewer: 403", (s) => post(s, admin, reportOf(UNITS[1]!))],
    ["over 1 MB, declared: 413", (s) => post(s, clerks[1]!, big)],
    ["over 1 MB, chunked: 413", (s) => post(s, clerks[1]!, big, {}, true)],
    ["a second version: 201, version 2", (s) => post(s, clerks[2]!, reportOf(UNITS[2]!)).then(() => post(s, clerks[2]!, reportOf(UNITS[2]!)))],
  ];
  it.each(cases)("%s — the same answer as Next's router", async (_name, ask) => {
    const own = await ask(fast);
    const next = await ask(viaNext);
    expect(servedByNext(own)).toBe(false);
    expect(own.status).toBe(next.status);
    expect(JSON.parse(own.body)).toEqual(JSON.parse(next.body));
    for (const h of SECURITY) expect(own.headers[h]).toBe(next.headers[h]);
  });

  it("records the client's address as Next does: the socket's, or the last X-Forwarded-For entry", async () => {
    for (const s of [fast, viaNext]) {
      await post(s, clerks[3]!, reportOf(UNITS[3]!));
      await post(s, clerks[3]!, reportOf(UNITS[3]!), { "x-forwarded-for": "10.0.0.1, 10.9.8.7" });
    }
    const addresses = async (name: string) => {
      const db = await openDatabase({ dataDir: path.join(dir, name) });
      try {
        const entries = await readAudit(db, adminActor);
        return entries.filter((e) => e.action === "submit").slice(0, 2).map((e) => e.address);
      } finally {
        await closeDatabase(db);
      }
    };
    await fast.stop();
    await viaNext.stop();
    const own = await addresses("fast");
    expect(own).toEqual(["10.9.8.7", "127.0.0.1"]);
    expect(await addresses("next")).toEqual(own);
  });
});
