// nianbao tally: 表三/表四 from a generated register, printed and written (-o) in the exchange format's tables
// shape with register.<kind>; the rows not counted with their reasons; a mapping reused with --mapping; the
// no-overwrite rule; a register it cannot read. Expected figures come from the generator's case list.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readMessages } from "../lib/register/messages";
import { registerTemplate } from "../lib/register";
import { getPath } from "../lib/values/object-path";
import { runCli, tempFiles } from "../test-support/cli";
import { generateRegister } from "../test-support/registers/generate";

describe("nianbao tally", () => {
  it("prints 表三 and the rows it could not count, and writes the counts, totals and mapping", async () => {
    const g = await generateRegister({ seed: 3, kind: "requests", form: "csv-gbk" });
    const { file, at } = tempFiles("nianbao-tally-");
    const input = file(g.fileName, g.bytes);
    const run = await runCli("tally", input, "--year", "2024", "-o", at("表三.json"));
    expect(run.code).toBe(g.expected.uncounted.length ? 1 : 0);
    expect(run.out).toContain(`表三 2024 年度（台账 ${g.expected.rowsSeen} 行，计入 ${g.expected.rowsCounted} 行）`);
    for (const u of g.expected.uncounted) expect(run.out).toContain(`  ${u.reason}`);
    const written = JSON.parse(readFileSync(at("表三.json"), "utf8"));
    for (const [path, n] of Object.entries(g.expected.counts)) expect(getPath(written, path), path).toBe(n);
    const received = Object.entries(g.expected.counts).filter(([p]) => p.startsWith("tables.requests.received.")).reduce((s, [, n]) => s + n, 0);
    expect(written.tables.requests.received.total).toBe(received);
    expect(written.register.requests.year).toBe(2024);
    expect(Object.fromEntries(Object.entries(written.register.requests.cases).filter(([, v]) => (v as number[]).length))).toEqual(g.expected.cases);
    expect(written.register.requests.uncounted).toEqual(g.expected.uncounted);
    const text = readFileSync(at("表三.json"), "utf8");
    for (const name of g.privateTexts) expect(text).not.toContain(name.split("\n")[0]);

    const again = await runCli("tally", input, "-o", at("表三.json"));
    expect([again.code, again.err]).toEqual([2, `${at("表三.json")} 已存在，未覆盖；确需覆盖请加 --force`]);

    const reused = await runCli("tally", input, "--mapping", at("表三.json"), "-o", at("再次.json"));
    expect(reused.code).toBe(run.code);
    expect(JSON.parse(readFileSync(at("再次.json"), "utf8")).tables).toEqual(written.tables);
  });

  it("finds a 复议诉讼 register by itself and prints 表四", async () => {
    const g = await generateRegister({ seed: 4, kind: "appeals", form: "xlsx" });
    const { file } = tempFiles("nianbao-tally-");
    const run = await runCli("tally", file(g.fileName, g.bytes), "--year", "2024");
    expect(run.out).toContain(`表四 2024 年度（台账 ${g.expected.rowsSeen} 行，计入 ${g.expected.rowsCounted} 行）`);
    const review = Object.entries(g.expected.counts).filter(([p]) => p.startsWith("tables.appeals.review.")).reduce((s, [, n]) => s + n, 0);
    expect(run.out).toMatch(new RegExp(`行政复议(?:\\s+\\d+){4}\\s+${review}\\n`));
  });

  it("exits 0 on a register whose every row is counted and every mapping sure (the blank template)", async () => {
    const { file } = tempFiles("nianbao-tally-");
    const run = await runCli("tally", file("标准台账.xlsx", await registerTemplate("requests")), "--year", "2025");
    expect(run.code).toBe(0);
    expect(run.out).toContain("台账中的每一行都已计入。");
    expect(run.out).toContain("每一列、每个取值的归类都已确定。");
  });

  it("refuses an old .xls with what to do, exit 2", async () => {
    const { file } = tempFiles("nianbao-tally-");
    const input = file("台账.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    const run = await runCli("tally", input);
    expect([run.code, run.err]).toEqual([2, `无法读取 ${input}：${readMessages.oldExcel}`]);
  });
});
