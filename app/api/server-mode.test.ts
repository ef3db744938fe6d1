// The REST surface of server mode (issue #26), route handlers called with Request objects, on every test driver:
// off until a county exists, sign-in with the first-login password change, and the whole flow through the routes.
import { existsSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync, strFromU8 } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importUnits, initCounty } from "@/lib/accounts";
import { TEST_DRIVERS, type TestDatabase } from "../../test-support/db-drivers";
import { validateReport } from "@/lib/report/parse-report-json";
import { docxBacklogIdle } from "@/lib/server/api/docx-renderer";
import { closeServerDb, useServerDbForTests } from "@/lib/server/api/server-db";
import { call, cookieOf, ROUTES as R, setCookie, signIn } from "@/test-support/api-calls";
import { reportOf } from "@/test-support/server-mode";

describe("without a county", () => {
  it("GET /api/session says serverMode false, and no data folder is created by asking", async () => {
    const dir = path.join(tmpdir(), `nianbao-none-${process.pid}`);
    const was = process.env.NIANBAO_DATA_DIR;
    process.env.NIANBAO_DATA_DIR = dir;
    useServerDbForTests(undefined);
    try {
      const res = await call(R.session.GET, "GET", "/api/session");
      expect([res.status, await res.json()]).toEqual([200, { serverMode: false }]);
      const submit = await call(R.submissions.POST, "POST", "/api/submissions", { raw: reportOf("x") });
      expect([submit.status, (await submit.json()).error]).toEqual([404, "本系统尚未启用报送功能（县政务公开办尚未设置）。"]);
      expect(existsSync(dir)).toBe(false);
    } finally {
      process.env.NIANBAO_DATA_DIR = was;
      await closeServerDb();
    }
  });
});

describe.each(TEST_DRIVERS)("REST on $name", (driver) => {
  let t: TestDatabase;
  const UNITS = ["城关镇人民政府", "河口乡人民政府"];
  const one = new Map<string, string>();
  beforeAll(async () => {
    t = await driver.create();
    useServerDbForTests(t.db);
  });
  afterAll(async () => {
    await docxBacklogIdle();
    useServerDbForTests(undefined);
    await t.dispose();
  });

  it("a migrated database without a county is still not server mode", async () => {
    const res = await call(R.session.GET, "GET", "/api/session");
    expect(await res.json()).toEqual({ serverMode: false });
  });

  it("signed out: serverMode true, user null; every other route answers 401", async () => {
    const init = await initCounty(t.db, { county: "示例县" });
    one.set("admin", init.adminPassword);
    for (const u of (await importUnits(t.db, init.countyId, UNITS)).created) one.set(u.username, u.password);
    expect(await (await call(R.session.GET, "GET", "/api/session")).json()).toEqual({ serverMode: true, user: null });
    for (const [handler, method, p] of [
      [R.submissions.GET, "GET", "/api/submissions"],
      [R.submissions.POST, "POST", "/api/submissions"],
      [R.submission.GET, "GET", "/api/submissions/1"],
      [R.units.GET, "GET", "/api/units"],
      [R.deadlines.GET, "GET", "/api/deadlines"],
      [R.audit.GET, "GET", "/api/audit"],
    ] as const) {
      const res = await call(handler, method, p, method === "POST" ? { raw: reportOf(UNITS[0]!) } : {}, { id: "1" });
      expect([p, res.status, (await res.json()).error]).toEqual([p, 401, "请先登录。"]);
    }
  });

  it("a one-time password answers 403 mustChangePassword; the change checks the new one and signs in", async () => {
    const first = await call(R.session.POST, "POST", "/api/session", { body: { username: "u0001", password: one.get("u0001") } });
    expect([first.status, await first.json()]).toEqual([403, { error: "这是一次性密码，请先设置新密码。", mustChangePassword: true }]);
    expect(setCookie(first)).toBeNull();
    const short = await call(R.password.POST, "POST", "/api/session/password", { body: { username: "u0001", password: one.get("u0001"), newPassword: "short" } });
    expect([short.status, (await short.json()).error]).toEqual([400, "新密码至少 10 个字符。"]);
    const same = await call(R.password.POST, "POST", "/api/session/password", { body: { username: "u0001", password: one.get("u0001"), newPassword: one.get("u0001") } });
    expect([same.status, (await same.json()).error]).toEqual([400, "新密码不能与原密码相同。"]);
    for (const name of ["admin", "u0001", "u0002"]) {
      const res = await call(R.password.POST, "POST", "/api/session/password", { body: { username: name, password: one.get(name), newPassword: `新密码-${name.length}-good-one` } });
      expect(res.status).toBe(200);
      if (name === "u0001") {
        expect(await res.json()).toEqual({ username: "u0001", role: "clerk", unit: { id: expect.any(Number), name: UNITS[0] }, county: { id: expect.any(Number), name: "示例县" } });
        expect(res.headers.get("set-cookie")).toMatch(/^nianbao_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict; Max-Age=\d+$/);
      }
    }
    const again = await call(R.session.POST, "POST", "/api/session", { body: { username: "u0001", password: one.get("u0001") } });
    expect(again.status).toBe(401);
  });

  it("the cookie is Secure behind https (the proxy's X-Forwarded-Proto)", async () => {
    const res = await call(R.session.POST, "POST", "/api/session", { body: { username: "admin", password: "新密码-5-good-one" }, headers: { "x-forwarded-proto": "https" } });
    expect(res.headers.get("set-cookie")).toMatch(/; Secure$/);
    const user = await (await call(R.session.GET, "GET", "/api/session", { cookie: cookieOf(setCookie(res)!) })).json();
    expect(user).toEqual({ serverMode: true, user: { username: "admin", role: "admin", unit: null, county: { id: expect.any(Number), name: "示例县" } } });
  });

  it("the whole flow through the routes: two clerks submit, return with an anchored remark, fix, resubmit, approve", async () => {
    const a = await signIn("u0001", "新密码-5-good-one");
    const b = await signIn("u0002", "新密码-5-good-one");
    const reviewer = await signIn("admin", "新密码-5-good-one");

    const broken = reportOf(UNITS[0]!, 2024, (r) => (r.tables.requests.received.natural = 47));
    const refused = await call(R.submissions.POST, "POST", "/api/submissions", { raw: broken, cookie: a });
    const body = await refused.json();
    expect(refused.status).toBe(422);
    expect(body.issues.some((i: { rule: string; severity: string }) => i.rule === "requests.balance" && i.severity === "error")).toBe(true);

    const sa = await call(R.submissions.POST, "POST", "/api/submissions", { raw: reportOf(UNITS[0]!), cookie: a });
    const created = await sa.json();
    expect([sa.status, created]).toEqual([201, { id: expect.any(Number), version: 1, status: "submitted" }]);
    const sb = await call(R.submissions.POST, "POST", "/api/submissions", { raw: reportOf(UNITS[1]!), cookie: b });
    expect(sb.status).toBe(201);

    const list = await (await call(R.submissions.GET, "GET", "/api/submissions?year=2024", { cookie: reviewer })).json();
    expect(list.map((s: { unit: { name: string }; status: string; version: number }) => [s.unit.name, s.status, s.version])).toEqual([
      [UNITS[0], "submitted", 1],
      [UNITS[1], "submitted", 1],
    ]);
    expect(Object.keys(list[0]).sort()).toEqual(["errors", "id", "status", "submittedAt", "unit", "updatedAt", "version", "warnings", "year"]);
    const batch = await (await call(R.submissions.GET, "GET", "/api/submissions?year=2024&include=report", { cookie: reviewer })).json();
    expect(batch.map((s: { report: { unit: { name: string } } }) => s.report.unit.name)).toEqual([UNITS[0], UNITS[1]]);
    const stored = validateReport(JSON.parse(reportOf(UNITS[0]!))); // the data as every door reads it
    expect(batch[0].report).toEqual(stored.ok && JSON.parse(JSON.stringify(stored.report)));
    const own = await (await call(R.submissions.GET, "GET", "/api/submissions", { cookie: a })).json();
    expect(own.map((s: { id: number }) => s.id)).toEqual([created.id]);

    const id = String(created.id);
    const remark = { path: "tables.requests.granted.natural", text: "予以公开数请核实。" };
    const ret = await call(R.returnRoute.POST, "POST", `/api/submissions/${id}/return`, { body: { remarks: [remark] }, cookie: reviewer }, { id });
    expect([ret.status, await ret.json()]).toEqual([200, { id: created.id, status: "returned", version: 1 }]);

    const seen = await (await call(R.submission.GET, "GET", `/api/submissions/${id}`, { cookie: a }, { id })).json();
    expect(seen.status).toBe("returned");
    expect(seen.remarks).toEqual([{ id: expect.any(Number), version: 1, path: remark.path, text: remark.text, author: "admin", createdAt: expect.any(String) }]);
    expect(seen.report.unit.name).toBe(UNITS[0]);

    const fix = await call(R.submissions.POST, "POST", "/api/submissions", { raw: reportOf(UNITS[0]!, 2024, (r) => (r.contact.phone = "0000-7654321")), cookie: a });
    expect(await fix.json()).toEqual({ id: created.id, version: 2, status: "submitted" });
    const v1 = await (await call(R.version.GET, "GET", `/api/submissions/${id}/versions/1`, { cookie: reviewer }, { id, v: "1" })).json();
    const v2 = await (await call(R.version.GET, "GET", `/api/submissions/${id}/versions/2`, { cookie: reviewer }, { id, v: "2" })).json();
    expect([v1.contact.phone, v2.contact.phone]).toEqual([JSON.parse(reportOf(UNITS[0]!)).contact.phone, "0000-7654321"]);
    const v3 = await call(R.version.GET, "GET", `/api/submissions/${id}/versions/3`, { cookie: reviewer }, { id, v: "3" });
    expect(v3.status).toBe(404);

    const ok = await call(R.approve.POST, "POST", `/api/submissions/${id}/approve`, { body: {}, cookie: reviewer }, { id });
    expect([ok.status, await ok.json()]).toEqual([200, { id: created.id, status: "approved", version: 2 }]);
    const after = await call(R.submissions.POST, "POST", "/api/submissions", { raw: reportOf(UNITS[0]!), cookie: a });
    expect([after.status, (await after.json()).error]).toEqual([409, "2024年度年报已通过审核，不能再报送；如需更正，请联系县政务公开办。"]);

    const docx = await call(R.versionDocx.GET, "GET", `/api/submissions/${id}/versions/2/docx`, { cookie: a }, { id, v: "2" });
    expect(docx.status).toBe(200);
    expect(decodeURIComponent(docx.headers.get("content-disposition")!.split("UTF-8''")[1]!)).toBe(`${UNITS[0]}2024年政府信息公开工作年度报告.docx`);
    expect(strFromU8(unzipSync(new Uint8Array(await docx.arrayBuffer()))["word/document.xml"]!)).toContain("0000-7654321");
  });

  it("units, deadlines and the audit log for the reviewer", async () => {
    const reviewer = await signIn("admin", "新密码-5-good-one");
    const units = await (await call(R.units.GET, "GET", "/api/units", { cookie: reviewer })).json();
    expect(units.map((u: { name: string; disabled: boolean }) => [u.name, u.disabled])).toEqual(UNITS.map((n) => [n, false]));
    const put = await call(R.deadlines.PUT, "PUT", "/api/deadlines", { body: { year: 2024, date: "2025-01-31" }, cookie: reviewer });
    expect(await put.json()).toEqual({ year: 2024, date: "2025-01-31" });
    const clerk = await signIn("u0002", "新密码-5-good-one");
    expect(await (await call(R.deadlines.GET, "GET", "/api/deadlines", { cookie: clerk })).json()).toEqual([{ year: 2024, date: "2025-01-31" }]);
    const log = await (await call(R.audit.GET, "GET", "/api/audit", { cookie: reviewer })).json();
    expect(log.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(["init-county", "import-units", "change-password", "sign-in", "submit", "return", "approve", "set-deadline"]));
  });
});
