// Security tests that can fail (issue #26 Proof), on every test driver: id guessing by a clerk of another unit
// and a reviewer of another county on every route; CSRF from another origin; session fixation and reuse after
// logout; brute force; hostile strings and SQL metacharacters in every field; the audit log unchangeable.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_DRIVERS, type TestDatabase } from "../../test-support/db-drivers";
import { validateReport } from "@/lib/report/parse-report-json";
import { docxBacklogIdle } from "@/lib/server/api/docx-renderer";
import { useServerDbForTests } from "@/lib/server/api/server-db";
import { ACCOUNT_LIMIT, ADDRESS_LIMIT, importUnits, listUsers } from "@/lib/accounts";
import { cleanLine, cleanText } from "@/lib/text/hygiene";
import { call, cookieOf, ROUTES as R, setCookie, signIn } from "@/test-support/api-calls";
import { PAYLOADS, withPayloadEverywhere } from "@/test-support/hostile/cases";
import { reportOf, setUpCounty, type County } from "@/test-support/server-mode";

const SQL_META = ["'; drop table users; --", "\" or 1=1 --", "\\x00\\'", "%_*?$1$$", "admin'--", "1); delete from audit_log; --"];
const NOT_FOUND = { error: "找不到这份报送，或者您无权查看。" };

describe.each(TEST_DRIVERS)("security on $name", (driver) => {
  let t: TestDatabase;
  let east: County;
  let west: County;
  const cookies: Record<string, string> = {};
  let eastId = "";
  let westId = "";

  beforeAll(async () => {
    t = await driver.create();
    useServerDbForTests(t.db);
    east = await setUpCounty(t.db, "东县", ["东一镇", "东二镇"]);
    west = await setUpCounty(t.db, "西县", ["西一镇"]);
    for (const c of [east, west]) for (const [u, p] of c.passwords) cookies[u] = await signIn(u, p);
    const submit = async (cookie: string, unit: string) => (await (await call(R.submissions.POST, "POST", "/api/submissions", { raw: reportOf(unit), cookie })).json()).id;
    eastId = String(await submit(cookies.u0001!, "东一镇"));
    westId = String(await submit(cookies.u0003!, "西一镇"));
  });
  afterAll(async () => {
    await docxBacklogIdle();
    useServerDbForTests(undefined);
    await t.dispose();
  });

  /** Every route that names a submission, as `cookie` calls it with `id`. */
  const onEveryRoute = (cookie: string, id: string) => [
    call(R.submission.GET, "GET", `/api/submissions/${id}`, { cookie }, { id }),
    call(R.version.GET, "GET", `/api/submissions/${id}/versions/1`, { cookie }, { id, v: "1" }),
    call(R.versionDocx.GET, "GET", `/api/submissions/${id}/versions/1/docx`, { cookie }, { id, v: "1" }),
    call(R.returnRoute.POST, "POST", `/api/submissions/${id}/return`, { cookie, body: { remarks: [{ text: "越权" }] } }, { id }),
    call(R.approve.POST, "POST", `/api/submissions/${id}/approve`, { cookie, body: {} }, { id }),
  ];

  it("a clerk guessing another unit's id is refused on every route, exactly as for an id that does not exist", async () => {
    const other = cookies.u0002!; // 东二镇, same county as eastId
    for (const id of [eastId, westId, "999999", "0", "-1", "1e3", "abc"]) {
      for (const res of await Promise.all(onEveryRoute(other, id))) expect([id, res.status, await res.json()]).toEqual([id, 404, NOT_FOUND]);
    }
    const list = await (await call(R.submissions.GET, "GET", "/api/submissions", { cookie: other })).json();
    expect(list).toEqual([]);
  });

  it("a clerk cannot decide even its own unit's report, nor read units or the audit log", async () => {
    const own = cookies.u0001!;
    const ret = await call(R.returnRoute.POST, "POST", `/api/submissions/${eastId}/return`, { cookie: own, body: { remarks: [{ text: "自己退回" }] } }, { id: eastId });
    expect([ret.status, (await ret.json()).error]).toEqual([403, "只有县政务公开办的审核人员可以退回或通过年报。"]);
    const ok = await call(R.approve.POST, "POST", `/api/submissions/${eastId}/approve`, { cookie: own, body: {} }, { id: eastId });
    expect(ok.status).toBe(403);
    expect((await call(R.units.GET, "GET", "/api/units", { cookie: own })).status).toBe(403);
    expect((await call(R.audit.GET, "GET", "/api/audit", { cookie: own })).status).toBe(403);
    const detail = await (await call(R.submission.GET, "GET", `/api/submissions/${eastId}`, { cookie: own }, { id: eastId })).json();
    expect(detail.status).toBe("submitted");
  });

  it("a reviewer of another county is refused on every route and sees none of its units", async () => {
    const westAdmin = cookies[west.admin.username]!;
    for (const res of await Promise.all(onEveryRoute(westAdmin, eastId))) expect([res.status, await res.json()]).toEqual([404, NOT_FOUND]);
    const list = await (await call(R.submissions.GET, "GET", "/api/submissions", { cookie: westAdmin })).json();
    expect(list.map((s: { id: number }) => String(s.id))).toEqual([westId]);
    const units = await (await call(R.units.GET, "GET", "/api/units", { cookie: westAdmin })).json();
    expect(units.map((u: { name: string }) => u.name)).toEqual(["西一镇"]);
    const audit = await (await call(R.audit.GET, "GET", "/api/audit", { cookie: westAdmin })).json();
    expect(audit.some((e: { username: string }) => e.username?.startsWith("u000") && e.username !== "u0003")).toBe(false);
    const detail = await (await call(R.submission.GET, "GET", `/api/submissions/${eastId}`, { cookie: cookies.admin! }, { id: eastId })).json();
    expect(detail.unit.name).toBe("东一镇");
  });

  it("CSRF: every changing route refuses a page of another site (403) and changes nothing", async () => {
    const evil = { origin: "http://evil.test" };
    const admin = cookies.admin!;
    const answers = await Promise.all([
      call(R.session.POST, "POST", "/api/session", { ...evil, body: { username: "admin", password: east.passwords.get("admin") } }),
      call(R.session.DELETE, "DELETE", "/api/session?all=1", { ...evil, cookie: admin }),
      call(R.password.POST, "POST", "/api/session/password", { ...evil, body: { username: "admin", password: "x", newPassword: "y" } }),
      call(R.submissions.POST, "POST", "/api/submissions", { ...evil, raw: reportOf("东一镇"), cookie: cookies.u0001 }),
      call(R.returnRoute.POST, "POST", `/api/submissions/${eastId}/return`, { ...evil, cookie: admin, body: { remarks: [{ text: "x" }] } }, { id: eastId }),
      call(R.approve.POST, "POST", `/api/submissions/${eastId}/approve`, { ...evil, cookie: admin, body: {} }, { id: eastId }),
      call(R.deadlines.PUT, "PUT", "/api/deadlines", { ...evil, cookie: admin, body: { year: 2024, date: "2025-01-01" } }),
      // a cross-site form post: no Origin but Sec-Fetch-Site says so
      call(R.approve.POST, "POST", `/api/submissions/${eastId}/approve`, { origin: null, headers: { "sec-fetch-site": "cross-site" }, cookie: admin, body: {} }, { id: eastId }),
    ]);
    for (const res of answers) expect([res.status, (await res.json()).error]).toEqual([403, "只接受本网站页面发来的请求。"]);
    const detail = await (await call(R.submission.GET, "GET", `/api/submissions/${eastId}`, { cookie: admin }, { id: eastId })).json();
    expect([detail.status, detail.versions.length, detail.remarks]).toEqual(["submitted", 1, []]);
    expect((await call(R.session.GET, "GET", "/api/session", { cookie: admin })).status).toBe(200);
    expect((await (await call(R.session.GET, "GET", "/api/session", { cookie: admin })).json()).user.username).toBe("admin");
  });

  it("a body that is not JSON (415) or too large (413) is refused", async () => {
    const text = await call(R.submissions.POST, "POST", "/api/submissions", { raw: reportOf("东一镇"), type: "text/plain", cookie: cookies.u0001 });
    expect(text.status).toBe(415);
    const big = await call(R.submissions.POST, "POST", "/api/submissions", { raw: `{"x":"${"a".repeat(1024 * 1024)}"}`, cookie: cookies.u0001 });
    expect([big.status, (await big.json()).error]).toEqual([413, "请求体过大（最大 1024 KB）。"]);
  });

  it("session fixation: a token the client chose is never honoured, and sign-in issues a new one", async () => {
    const planted = cookieOf("A".repeat(43));
    expect((await (await call(R.session.GET, "GET", "/api/session", { cookie: planted })).json()).user).toBeNull();
    const res = await call(R.session.POST, "POST", "/api/session", { cookie: planted, body: { username: "u0002", password: east.passwords.get("u0002") } });
    const issued = setCookie(res)!;
    expect(issued).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(issued).not.toBe("A".repeat(43));
    expect((await (await call(R.session.GET, "GET", "/api/session", { cookie: planted })).json()).user).toBeNull();
    // signing in again gives yet another token
    expect(setCookie(await call(R.session.POST, "POST", "/api/session", { cookie: cookieOf(issued), body: { username: "u0002", password: east.passwords.get("u0002") } }))).not.toBe(issued);
  });

  it("after logout the token is dead; logout everywhere ends every session of the account", async () => {
    const one = await signIn("u0002", east.passwords.get("u0002")!);
    const out = await call(R.session.DELETE, "DELETE", "/api/session", { cookie: one });
    expect(out.headers.get("set-cookie")).toMatch(/^nianbao_session=; Path=\/; HttpOnly; SameSite=Strict; Max-Age=0/);
    expect((await call(R.submissions.GET, "GET", "/api/submissions", { cookie: one })).status).toBe(401);
    const a = await signIn("u0002", east.passwords.get("u0002")!);
    const b = await signIn("u0002", east.passwords.get("u0002")!);
    expect((await call(R.submissions.GET, "GET", "/api/submissions", { cookie: b })).status).toBe(200);
    expect((await call(R.session.DELETE, "DELETE", "/api/session?all=1", { cookie: a })).status).toBe(200);
    for (const c of [a, b, cookies.u0002!]) expect((await call(R.submissions.GET, "GET", "/api/submissions", { cookie: c })).status).toBe(401);
  });

  it("brute force: locked after the limit per account, and the right password during the lock is still refused", async () => {
    const address = { "x-forwarded-for": "198.51.100.7" };
    const attempt = (password: string) => call(R.session.POST, "POST", "/api/session", { body: { username: "u0001", password }, headers: address });
    for (let i = 0; i < ACCOUNT_LIMIT; i++) expect((await attempt(`wrong-${i}`)).status).toBe(401);
    const locked = await attempt(east.passwords.get("u0001")!);
    expect(locked.status).toBe(429);
    expect(Number(locked.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await locked.json()).error).toMatch(/^登录失败次数过多，请 \d+ 分钟后再试。$/);
    // an unknown account is throttled the same way (no hint which names exist)
    for (let i = 0; i < ACCOUNT_LIMIT; i++) await call(R.session.POST, "POST", "/api/session", { body: { username: "nobody", password: "x" }, headers: address });
    expect((await call(R.session.POST, "POST", "/api/session", { body: { username: "nobody", password: "x" }, headers: address })).status).toBe(429);
  });

  it("brute force: one address trying many accounts is locked too", async () => {
    const headers = { "x-forwarded-for": "203.0.113.9" };
    for (let i = 0; i < ADDRESS_LIMIT; i++) await call(R.session.POST, "POST", "/api/session", { body: { username: `guess${i}`, password: "x" }, headers });
    const res = await call(R.session.POST, "POST", "/api/session", { body: { username: "u0002", password: east.passwords.get("u0002") }, headers });
    expect(res.status).toBe(429);
    const elsewhere = await call(R.session.POST, "POST", "/api/session", { body: { username: "u0002", password: east.passwords.get("u0002") }, headers: { "x-forwarded-for": "192.0.2.1" } });
    expect(elsewhere.status).toBe(200);
  });

  it("hostile strings in every text field of a report come back as the one door's hygiene left them", async () => {
    const clerk = await signIn("u0002", east.passwords.get("u0002")!);
    const id = { value: "" };
    for (const [name, payload] of Object.entries(PAYLOADS).filter(([k]) => k !== "long")) {
      const sent = withPayloadEverywhere(payload);
      const res = await call(R.submissions.POST, "POST", "/api/submissions", { raw: JSON.stringify(sent), cookie: clerk });
      const body = await res.json();
      expect([name, res.status]).toEqual([name, 201]);
      id.value = String(body.id);
      const back = await (await call(R.version.GET, "GET", `/api/submissions/${id.value}/versions/${body.version}`, { cookie: clerk }, { id: id.value, v: String(body.version) })).json();
      const expected = validateReport(sent);
      expect(expected.ok).toBe(true);
      expect([name, back]).toEqual([name, expected.ok && JSON.parse(JSON.stringify(expected.report))]);
    }
  });

  it("SQL metacharacters and hostile strings in user names, passwords, remarks, unit names and query strings are data", async () => {
    for (const s of [...SQL_META, ...Object.values(PAYLOADS).filter((p) => p.length < 1000)]) {
      const res = await call(R.session.POST, "POST", "/api/session", { body: { username: s, password: s }, headers: { "x-forwarded-for": "192.0.2.50" } });
      expect([s, res.status]).toEqual([s, 401]);
    }
    const names = [...SQL_META, PAYLOADS.script!, PAYLOADS.bidi!, PAYLOADS.controls!];
    const imported = await importUnits(t.db, east.countyId, names);
    expect(imported.created.map((c) => c.unit)).toEqual(names.map(cleanLine));
    const users = await listUsers(t.db, east.countyId);
    expect(users.filter((u) => u.role === "clerk").map((u) => u.unit)).toEqual(expect.arrayContaining(imported.created.map((c) => c.unit)));

    const admin = cookies.admin!;
    const texts = [...SQL_META, ...Object.values(PAYLOADS).filter((p) => p.length < 1000)];
    const res = await call(R.returnRoute.POST, "POST", `/api/submissions/${eastId}/return`, { cookie: admin, body: { remarks: texts.map((text) => ({ text, path: "preamble" })) } }, { id: eastId });
    expect(res.status).toBe(200);
    const detail = await (await call(R.submission.GET, "GET", `/api/submissions/${eastId}`, { cookie: admin }, { id: eastId })).json();
    expect(detail.remarks.map((r: { text: string }) => r.text)).toEqual(texts.map((x) => cleanText(x).trim()).filter(Boolean));
    for (const s of SQL_META) expect(detail.remarks.map((r: { text: string }) => r.text)).toContain(s); // unchanged
    const badPath = await call(R.returnRoute.POST, "POST", `/api/submissions/${westId}/return`, { cookie: cookies[west.admin.username]!, body: { remarks: [{ text: "x", path: SQL_META[0] }] } }, { id: westId });
    expect(badPath.status).toBe(400);
    const q = await call(R.submissions.GET, "GET", `/api/submissions?year=${encodeURIComponent(SQL_META[0]!)}`, { cookie: admin });
    expect(q.status).toBe(400);
    const tables = await t.db.selectFrom("users").select("id").execute();
    expect(tables.length).toBeGreaterThan(0); // still there
  });

  it("the audit log has no route that changes it, and survives every request above", async () => {
    expect(Object.keys(R.audit).filter((k) => /^(POST|PUT|PATCH|DELETE)$/.test(k))).toEqual([]);
    const log = await (await call(R.audit.GET, "GET", "/api/audit?limit=1000", { cookie: cookies.admin! })).json();
    expect(log.filter((e: { action: string }) => e.action === "sign-in-failed").length).toBeGreaterThanOrEqual(ACCOUNT_LIMIT);
    expect(log.some((e: { action: string }) => e.action === "init-county")).toBe(true);
  });
});
