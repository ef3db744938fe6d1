// The whole flow on the services (issue #26 Proof): init → import units → two clerks submit → return with an
// anchored remark → fix → resubmit → approve; and it is all still there after close and reopen.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderDocxBuffer } from "../docx/pack";
import { parseReportJson } from "../report/parse-report-json";
import { authenticate, importUnits, listUnits, readSession, createSession } from "../accounts";
import { TEST_DRIVERS, type TestDatabase } from "../../test-support/db-drivers";
import { brokenReport, reportOf, setUpCounty, type County } from "../../test-support/server-mode";
import { approveSubmission, getSubmission, getVersionDocx, getVersionReport, listSubmissions, readAudit, renderMissingDocx, returnSubmission, setDeadline, listDeadlines, submitReport, type DocxRenderer } from ".";

const render: DocxRenderer = async (text) => {
  const parsed = parseReportJson(text);
  if (!parsed.ok) throw new Error(parsed.error);
  return new Uint8Array(await renderDocxBuffer(parsed.report));
};
const UNITS = ["城关镇人民政府", "河口乡人民政府", "县教育局"];

describe.each(TEST_DRIVERS)("the flow on $name", (driver) => {
  let t: TestDatabase;
  let c: County;
  beforeAll(async () => {
    t = await driver.create();
    c = await setUpCounty(t.db, "示例县", UNITS);
  });
  afterAll(() => t.dispose());

  it("init gives the admin a one-time password; import gives one clerk per unit, and again skips them", async () => {
    expect(c.admin).toMatchObject({ username: "admin", role: "admin", countyName: "示例县", unitId: null });
    expect(c.clerks.map((x) => [x.username, x.unitName, x.role])).toEqual([
      ["u0001", UNITS[0], "clerk"],
      ["u0002", UNITS[1], "clerk"],
      ["u0003", UNITS[2], "clerk"],
    ]);
    const again = await importUnits(t.db, c.countyId, [...UNITS, " 新设单位 ", ""]);
    expect(again.skipped).toEqual(UNITS);
    expect(again.created.map((x) => [x.unit, x.username])).toEqual([["新设单位", "u0004"]]);
    expect(again.created[0]!.password).toMatch(/^[A-Za-z2-9]{14}$/);
    expect((await listUnits(t.db, c.admin)).map((u) => u.name)).toEqual([...UNITS, "新设单位"]);
  });

  it("a report with errors is refused with the rule engine's issues, and nothing is stored", async () => {
    const e = await submitReport(t.db, c.clerks[0]!, brokenReport(UNITS[0]!), { address: null }).catch((x) => x);
    expect(e.status).toBe(422);
    expect(e.message).toMatch(/^报告还有 \d+ 处错误，改正后才能报送。$/);
    expect(e.extra.issues.map((i: { rule: string }) => i.rule)).toContain("requests.balance");
    expect(await listSubmissions(t.db, c.admin)).toEqual([]);
  });

  it("two clerks submit, return with an anchored remark, fix, resubmit, approve", async () => {
    const [a, b] = c.clerks;
    const first = await submitReport(t.db, a!, reportOf(UNITS[0]!), { address: "10.0.0.1" });
    expect(first).toMatchObject({ version: 1, status: "submitted" });
    expect(first.notice).toBeUndefined();
    const other = await submitReport(t.db, b!, reportOf("另一个名字"), { address: "10.0.0.2" });
    expect(other.notice).toBe(`报告中的单位名称「另一个名字」与账号的单位「${UNITS[1]}」不同，已按账号的单位报送。`);

    const list = await listSubmissions(t.db, c.admin, { year: 2024 });
    expect(list.map((s) => [s.unit.name, s.status, s.version, s.errors])).toEqual([
      [UNITS[0], "submitted", 1, 0],
      [UNITS[1], "submitted", 1, 0],
    ]);
    expect((await listSubmissions(t.db, a!)).map((s) => s.id)).toEqual([first.id]);
    expect(await listSubmissions(t.db, c.admin, { year: 2023 })).toEqual([]);

    const path = "tables.requests.granted.natural";
    const returned = await returnSubmission(t.db, c.admin, first.id, [{ path, text: "予以公开数与上年差异大，请核实。" }, { text: "整体：请补充联系方式。" }]);
    expect(returned).toEqual({ id: first.id, status: "returned", version: 1 });
    const seen = await getSubmission(t.db, a!, first.id);
    expect(seen.status).toBe("returned");
    expect(seen.remarks.map((r) => [r.version, r.path, r.text, r.author])).toEqual([
      [1, path, "予以公开数与上年差异大，请核实。", "admin"],
      [1, null, "整体：请补充联系方式。", "admin"],
    ]);

    const fixed = await submitReport(t.db, a!, reportOf(UNITS[0]!, 2024, (r) => (r.contact.phone = "0000-1234567")), { address: "10.0.0.1" });
    expect(fixed).toMatchObject({ id: first.id, version: 2, status: "submitted" });
    const detail = await getSubmission(t.db, c.admin, first.id);
    expect(detail.versions.map((v) => [v.version, v.submittedBy])).toEqual([
      [1, "u0001"],
      [2, "u0001"],
    ]);
    expect((detail.report as { contact: { phone: string } }).contact.phone).toBe("0000-1234567");
    expect(((await getVersionReport(t.db, c.admin, first.id, 1)) as { contact: { phone: string } }).contact.phone).toBe(JSON.parse(reportOf(UNITS[0]!)).contact.phone);

    expect(await approveSubmission(t.db, c.admin, first.id)).toEqual({ id: first.id, status: "approved", version: 2 });
    const late = await submitReport(t.db, a!, reportOf(UNITS[0]!), { address: null }).catch((x) => x);
    expect([late.status, late.message]).toEqual([409, "2024年度年报已通过审核，不能再报送；如需更正，请联系县政务公开办。"]);
    const twice = await approveSubmission(t.db, c.admin, first.id).catch((x) => x);
    expect([twice.status, twice.message]).toEqual([409, "这份年报已通过，不能再通过。"]);
  });

  it("submitting again while 已报送 adds a version", async () => {
    const b = c.clerks[1]!;
    const again = await submitReport(t.db, b, reportOf(UNITS[1]!), { address: null });
    expect(again).toMatchObject({ version: 2, status: "submitted" });
  });

  it("a return needs a remark, and an anchor the format defines", async () => {
    const id = (await listSubmissions(t.db, c.clerks[1]!))[0]!.id;
    const none = await returnSubmission(t.db, c.admin, id, []).catch((x) => x);
    expect([none.status, none.message]).toEqual([400, "退回修改时至少写一条意见。"]);
    const bad = await returnSubmission(t.db, c.admin, id, [{ path: "tables.requests.nowhere", text: "x" }]).catch((x) => x);
    expect([bad.status, bad.message]).toEqual([400, "第 1 条意见所指的位置不是报告中的栏目。"]);
    const blank = await returnSubmission(t.db, c.admin, id, [{ text: " \u200b " }]).catch((x) => x);
    expect([blank.status, blank.message]).toEqual([400, "第 1 条意见没有内容。"]);
    const prose = await returnSubmission(t.db, c.admin, id, [{ path: "prose.overview.parts.oversight", text: "请展开" }]);
    expect(prose.status).toBe("returned");
  });

  it("every version's .docx is rendered once and stored", async () => {
    expect(await renderMissingDocx(t.db, render)).toBe(2 + 2); // two versions of each of the two reports
    expect(await renderMissingDocx(t.db, render)).toBe(0);
    const id = (await listSubmissions(t.db, c.clerks[0]!))[0]!.id;
    const calls: string[] = [];
    const docx = await getVersionDocx(t.db, c.clerks[0]!, id, 2, async (x) => (calls.push(x), new Uint8Array()));
    expect(calls).toEqual([]); // stored, not rendered again
    expect(docx.fileName).toBe(`${UNITS[0]}2024年政府信息公开工作年度报告.docx`);
    expect(new TextDecoder().decode(docx.bytes.slice(0, 2))).toBe("PK");
  });

  it("deadlines per year; the audit log records who did what, from where", async () => {
    await setDeadline(t.db, c.admin, { year: 2024, date: "2025-01-31" });
    await setDeadline(t.db, c.admin, { year: 2024, date: "2025-02-15" });
    expect(await listDeadlines(t.db, c.clerks[0]!)).toEqual([{ year: 2024, date: "2025-02-15" }]);
    const bad = await setDeadline(t.db, c.admin, { year: 2024, date: "2025-02-30" }).catch((x) => x);
    expect([bad.status, bad.message]).toEqual([400, "截止日期应写成「2025-01-31」的形式。"]);
    const clerk = await setDeadline(t.db, c.clerks[0]!, { year: 2024, date: "2025-01-31" }).catch((x) => x);
    expect(clerk.status).toBe(403);
    const log = await readAudit(t.db, c.admin);
    expect(log.find((e) => e.action === "submit" && e.address === "10.0.0.2")).toMatchObject({ username: "u0002" });
    expect(log.filter((e) => e.action === "approve")).toHaveLength(1);
  });

  it("everything is still there after the database is closed and opened again", async () => {
    const before = await listSubmissions(t.db, c.admin);
    const db = await t.reopen();
    expect(await listSubmissions(db, c.admin)).toEqual(before);
    const actor = await authenticate(db, { username: "u0001", password: c.passwords.get("u0001")!, address: null });
    const { token } = await createSession(db, actor, null);
    expect((await readSession(db, token))?.unitName).toBe(UNITS[0]);
  });
});
