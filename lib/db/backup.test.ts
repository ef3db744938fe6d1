import { sql } from "kysely";
import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { importUnits } from "../accounts";
import { approveSubmission, returnSubmission, submitReport } from "../submissions";
import { PAYLOADS } from "../../test-support/hostile/cases";
import { reportOf, setUpCounty } from "../../test-support/server-mode";
import { BackupInvalid, backupDatabase, restoreDatabase } from "./backup";
import { TEST_DRIVERS, type TestDatabase } from "../../test-support/db-drivers";
import type { Db } from "./open-database";

const KEPT = ["counties", "units", "users", "submissions", "versions", "remarks", "deadlines", "audit_log"];

async function dump(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const t of KEPT) out[t] = (await sql<Record<string, unknown>>`select * from ${sql.table(t)} order by 1`.execute(db)).rows;
  return out;
}

describe.each(TEST_DRIVERS)("backup and restore on $name", (driver) => {
  const open: TestDatabase[] = [];
  const fresh = async () => {
    const t = await driver.create();
    open.push(t);
    return t;
  };
  afterAll(async () => {
    for (const t of open) await t.dispose();
  });

  it("every row comes back as it was, bytes and dates included; new rows continue after the restored ids", async () => {
    const source = await fresh();
    const names = ["城关镇人民政府", ...[PAYLOADS.script, PAYLOADS.xmlBreak, PAYLOADS.entity].map((s, i) => `单位${i}${s}`)];
    const county = await setUpCounty(source.db, "示例县", names);
    const [a, b] = county.clerks;
    const first = await submitReport(source.db, a!, reportOf(names[0]!), { address: "10.0.0.1" });
    await submitReport(source.db, b!, reportOf(names[1]!), { address: null });
    await returnSubmission(source.db, county.admin, first.id, [{ path: "tables.requests.granted.natural", text: "请核对'; drop table units; --" }]);
    await submitReport(source.db, a!, reportOf(names[0]!), { address: null });
    await approveSubmission(source.db, county.admin, first.id);
    await sql`update versions set docx = ${new Uint8Array([0x50, 0x4b, 0, 255])} where docx is null`.execute(source.db);

    const { bytes, counts } = await backupDatabase(source.db);
    expect(counts.versions).toBe(3);
    expect(counts.remarks).toBe(1);
    const target = await fresh();
    expect(await restoreDatabase(target.db, bytes)).toEqual(counts);
    const before = await dump(source.db);
    const after = await dump(target.db);
    for (const t of KEPT.filter((t) => t !== "audit_log")) expect(after[t], t).toEqual(before[t]);
    expect(after.audit_log!.slice(0, -1)).toEqual(before.audit_log);
    expect(after.audit_log!.at(-1)).toMatchObject({ action: "restore", username: "命令行" });

    const more = await importUnits(target.db, county.countyId, ["新增镇人民政府"]);
    expect(more.created.map((c) => c.unit)).toEqual(["新增镇人民政府"]);
  }, 120_000);

  it("refuses a database that already has data, and a damaged or foreign file — restoring nothing", async () => {
    const source = await fresh();
    await setUpCounty(source.db, "甲县", ["甲镇"]);
    const { bytes } = await backupDatabase(source.db);
    await expect(restoreDatabase(source.db, bytes)).rejects.toThrow("目标数据库中已有数据");

    const target = await fresh();
    await expect(restoreDatabase(target.db, new Uint8Array([1, 2, 3]))).rejects.toThrow(new BackupInvalid("这不是年报助手的备份文件（无法解压）。"));
    await expect(restoreDatabase(target.db, gzipSync("{}"))).rejects.toThrow("这不是年报助手的备份文件，或由不支持的版本生成。");
    const text = (await import("node:zlib")).gunzipSync(bytes).toString("utf8").split("\n");
    const cut = gzipSync(text.slice(0, -1).join("\n"));
    await expect(restoreDatabase(target.db, cut)).rejects.toThrow(/备份文件不完整（audit_log 应有 \d+ 行，实有 \d+ 行），未恢复任何数据。/);
    const newer = JSON.parse(text[0]!);
    newer.migrations.push("9999-future");
    await expect(restoreDatabase(target.db, gzipSync([JSON.stringify(newer), ...text.slice(1)].join("\n")))).rejects.toThrow("备份来自更新版本的年报助手（数据库版本 9999-future）");
    const counties = await sql`select count(*)::int as n from counties`.execute(target.db);
    expect(counties.rows).toEqual([{ n: 0 }]);
  }, 120_000);
});
