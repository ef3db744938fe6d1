// The background .docx loop: it waits for a quiet moment, renders every version still without a .docx once, and
// a kick while it runs makes it look again.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TEST_DRIVERS, type TestDatabase } from "../../test-support/db-drivers";
import { reportOf, setUpCounty, type County } from "../../test-support/server-mode";
import { createDocxBacklog, submitReport } from ".";

describe.each(TEST_DRIVERS)("the .docx backlog on $name", (driver) => {
  let t: TestDatabase;
  let c: County;
  beforeAll(async () => {
    t = await driver.create();
    c = await setUpCounty(t.db, "排版县", ["甲镇", "乙镇"]);
  });
  afterAll(() => t.dispose());

  it("renders each stored version once, after the kicks stop", async () => {
    const rendered: string[] = [];
    const backlog = createDocxBacklog(() => t.db, async (text) => (rendered.push(JSON.parse(text).unit.name), new TextEncoder().encode(`docx of ${text.length}`)), { quietMs: 300 }); // longer than a submission takes (store-versions.ts gathers for 25 ms)
    for (const [i, clerk] of c.clerks.entries()) {
      await submitReport(t.db, clerk, reportOf(["甲镇", "乙镇"][i]!), { address: null });
      backlog.kick();
    }
    expect(rendered).toEqual([]); // still within the quiet time
    await backlog.idle();
    expect(rendered).toEqual(["甲镇", "乙镇"]);
    await submitReport(t.db, c.clerks[0]!, reportOf("甲镇", 2023), { address: null });
    backlog.kick();
    await backlog.idle();
    expect(rendered).toEqual(["甲镇", "乙镇", "甲镇"]);
    const missing = await t.db.selectFrom("versions").select("id").where("docx", "is", null).execute();
    expect(missing).toEqual([]);
  });
});
