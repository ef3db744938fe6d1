// nianbao review on a temp folder holding the generated county (test-support/generated-county.ts): part of
// it loose in folders, part in a .zip; the roster and last year's folder beside it.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCounty, YEAR, type County } from "../test-support/generated-county";
import { runCli as run, tempFiles } from "../test-support/cli";
import { hasLibreOffice } from "../test-support/libreoffice";
import { readXlsx } from "../test-support/xlsx-reader";

const { dir, at, file } = tempFiles("nianbao-review-");
let county: County;

function put(root: string, name: string, bytes: Uint8Array) {
  const p = path.join(root, name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, bytes);
}

describe.skipIf(!hasLibreOffice())("nianbao review", () => {
  beforeAll(async () => {
    county = await generateCounty();
    // Units' own folders loose; the 补报 files sent as one .zip.
    const zipped = county.files.filter((f) => f.name.startsWith("补报/"));
    for (const f of county.files.filter((x) => !zipped.includes(x))) put(at("本年"), f.name, f.bytes);
    put(at("本年"), "补报.zip", zipSync(Object.fromEntries(zipped.map((f) => [f.name.slice("补报/".length), f.bytes]))));
    for (const f of county.lastYear.files) put(dir, f.name, f.bytes);
    file("名单.txt", county.roster);
  }, 120_000);

  it("prints one row per report, the roster, cross-year and roll-up summaries; exits 1 (reports with errors)", async () => {
    const r = await run("review", at("本年"), "--roster", at("名单.txt"), "--last-year", at("上年"));
    expect(r.code).toBe(1);
    const lines = r.out.split("\n\n")[0]!.split("\n"); // the table: up to the first blank line
    expect(lines).toHaveLength(61);
    expect(lines[0]).toMatch(/^单位\s+单位类型\s+年度\s+格式\s+状态\s+错误\s+提示\s+本年新收/);
    for (const f of county.want) {
      const name = f.kind === "duplicate" || f.kind === "wrong-year" ? `本年/补报.zip/${f.name.slice("补报/".length)}` : `本年/${f.name}`;
      expect(lines.filter((l) => l.includes(name)), name).toHaveLength(1);
    }
    expect(r.out).toContain("共 60 份（2024年度）：通过 ");
    expect(r.out).toContain(`未提交：${county.missing.join("、")}`);
    expect(r.out).toContain("跨年度：8 份与上年报告配对。");
    expect(r.out).toMatch(/示例县北山镇人民政府：表三·自然人列：二、上年结转 = 2，上年报告 四、结转下年度继续办理 = 5/);
    expect(r.out).toContain("汇总：纳入 55 份，未纳入 5 份。");
    // The six reports with table errors, summed as they are, are named (in the order the folder is read).
    const flawed = county.want.filter((w) => w.kind === "errors").map((w) => `${w.unit!.name}（2 处）`);
    const named = /表格有错误、按原数计入：(.*)/.exec(r.out)?.[1]?.split("、");
    expect(named?.sort()).toEqual(flawed.sort());
  }, 60_000);

  it("--json: rows with status and figures (no reports inside), and the roll-up", async () => {
    const r = await run("review", at("本年"), "--json", "--year", String(YEAR));
    const batch = JSON.parse(r.out);
    expect(batch.entries).toHaveLength(60);
    expect(batch.entries.every((e: { report?: unknown }) => e.report === undefined)).toBe(true);
    const byKind = (k: string) => county.want.filter((w) => w.kind === k).length;
    const count = (s: string) => batch.entries.filter((e: { status: string }) => e.status === s).length;
    expect([count("errors"), count("obsolete"), count("unreadable")]).toEqual([byKind("errors") + 1, byKind("obsolete"), byKind("corrupt")]);
    expect(batch.rollUp.included).toHaveLength(55);
  }, 60_000);

  it("--xlsx writes the workbook, and refuses to overwrite it without --force", async () => {
    const out = at("结果.xlsx");
    const first = await run("review", at("本年"), "--xlsx", out);
    expect(first.code).toBe(1);
    expect(readXlsx(new Uint8Array(await import("node:fs").then((fs) => fs.readFileSync(out)))).map((s) => s.name)).toEqual(["审核结果", "问题清单", "汇总", "未提交"]);
    const again = await run("review", at("本年"), "--xlsx", out);
    expect([again.code, again.err]).toEqual([2, `${out} 已存在，未覆盖；确需覆盖请加 --force`]);
    expect((await run("review", at("本年"), "--xlsx", out, "--force")).code).toBe(1);
  }, 90_000);

  it("exits 2 when nothing can be read, and for a path that does not exist; usage errors in Chinese", async () => {
    put(at("坏"), "a.docx", new Uint8Array([1, 2, 3]));
    const bad = await run("review", at("坏"));
    expect([bad.code, bad.out]).toEqual([2, expect.stringContaining("无法读取")]);
    expect((await run("review", at("没有这个"))).err).toBe(`找不到文件或文件夹：${at("没有这个")}`);
    expect((await run("review")).err).toMatch(/^用法：nianbao review/);
    expect((await run("review", at("本年"), "--year", "明年")).err).toBe("--year 应为四位年份（如 2024），而不是“明年”");
  });
});
