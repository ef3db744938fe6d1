// Group commit (store-versions.ts): many submissions at once are stored in few transactions, yet each gets its
// own answer — numbered in arrival order per unit, refused after approval — exactly as one by one.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_DRIVERS, type TestDatabase } from "../../test-support/db-drivers";
import { reportOf, setUpCounty, type County } from "../../test-support/server-mode";
import { approveSubmission, getSubmission, listSubmissions, submitReport } from ".";

const UNITS = Array.from({ length: 12 }, (_, i) => `第${i + 1}镇`);

describe.each(TEST_DRIVERS)("submissions at once on $name", (driver) => {
  let t: TestDatabase;
  let c: County;
  beforeAll(async () => {
    t = await driver.create();
    c = await setUpCounty(t.db, "并发县", UNITS);
  });
  afterAll(() => t.dispose());

  it("every unit at once, one unit three times, one already approved: each answer as if alone", async () => {
    const approved = await submitReport(t.db, c.clerks[11]!, reportOf(UNITS[11]!), { address: null });
    await approveSubmission(t.db, c.admin, approved.id);
    const answers = await Promise.allSettled([
      ...c.clerks.map((clerk, i) => submitReport(t.db, clerk, reportOf(UNITS[i]!), { address: `10.0.0.${i}` })),
      submitReport(t.db, c.clerks[0]!, reportOf(UNITS[0]!, 2024, (r) => (r.contact.phone = "第二次")), { address: null }),
      submitReport(t.db, c.clerks[0]!, reportOf(UNITS[0]!, 2024, (r) => (r.contact.phone = "第三次")), { address: null }),
      submitReport(t.db, c.clerks[1]!, reportOf(UNITS[1]!, 2023), { address: null }),
    ]);
    const value = (i: number) => (answers[i] as PromiseFulfilledResult<{ id: number; version: number }>).value;
    expect(answers.slice(0, 11).map((a) => a.status)).toEqual(Array(11).fill("fulfilled"));
    expect(answers.slice(1, 11).map((_, i) => value(i + 1).version)).toEqual(Array(10).fill(1));
    const refused = answers[11] as PromiseRejectedResult;
    expect([refused.status, refused.reason.status]).toEqual(["rejected", 409]);
    expect([value(0).version, value(12).version, value(13).version]).toEqual([1, 2, 3]);
    expect(new Set([value(0).id, value(12).id, value(13).id]).size).toBe(1);
    const detail = await getSubmission(t.db, c.admin, value(0).id);
    expect((detail.report as { contact: { phone: string } }).contact.phone).toBe("第三次");
    expect(detail.versions.map((v) => v.version)).toEqual([1, 2, 3]);
    const list = await listSubmissions(t.db, c.admin);
    expect(list.length).toBe(UNITS.length + 1); // one per unit for 2024, and 2023 for the second unit
    expect(value(14).version).toBe(1);
  });
});
