// nianbao review can be trusted (issue #23): every file is a row of its own (the same file name in two
// folders, two input folders of one name, a zip holding one name twice), nothing printed redraws the
// terminal, no input is ever written over, a file or folder that cannot be read or a link to outside is a
// row with its reason, and a closed stdout still leaves the workbook. Reports are data files (.json) made
// from the generated county's units, so expectations come from the generator's inputs.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli as run, tempFiles } from "../test-support/cli";
import { units, unitReport, zipWithNames, type Unit } from "../test-support/generated-county";
import { readXlsx } from "../test-support/xlsx-reader";
import { xmlPartErrors } from "../test-support/xml-parts";
import { sameNameText } from "../lib/review/file-identity";
import { inputMessages } from "./read-inputs";

const { dir, at } = tempFiles("nianbao-review-trust-");
chmodSync(dir, 0o755); // the permission test runs the CLI as another user, who must reach the folder
const all = units();
const json = (u: Unit) => new TextEncoder().encode(JSON.stringify(unitReport(u)));
const put = (name: string, bytes: Uint8Array | string) => {
  const p = at(name);
  mkdirSync(path.dirname(p), { recursive: true });
  writeFileSync(p, bytes);
  return p;
};
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\uFFFE\uFFFF]/;
const SAME = "2024年政府信息公开工作年度报告.json";

describe("every file is a row of its own; duplicates only when the same unit", () => {
  it("the same file name in two units' folders, given as files: two rows, both units submitted, both summed", async () => {
    const [a, b] = [all[0]!, all[1]!];
    put(`单位/${a.roster}/${SAME}`, json(a));
    put(`单位/${b.roster}/${SAME}`, json(b));
    const r = await run("review", at(`单位/${a.roster}/${SAME}`), at(`单位/${b.roster}/${SAME}`), "--roster", put("名单两个.txt", `${a.roster}\n${b.roster}\n`), "--json");
    const batch = JSON.parse(r.out);
    expect(batch.entries.map((e: { id: string; unit: string }) => [e.unit, e.id])).toEqual([
      [a.name, at(`单位/${a.roster}/${SAME}`)],
      [b.name, at(`单位/${b.roster}/${SAME}`)],
    ]);
    expect([batch.roster.missing, batch.roster.duplicates, batch.rollUp.included.length, batch.rollUp.excluded]).toEqual([[], [], 2, []]);
  });

  it("two input folders of the same name: each file named by its folder's path as given", async () => {
    const [a, b] = [all[2]!, all[3]!];
    put(`甲/本年/${SAME}`, json(a));
    put(`乙/本年/${SAME}`, json(b));
    const r = await run("review", at("甲/本年"), at("乙/本年"), "--json");
    const batch = JSON.parse(r.out);
    expect(batch.entries.map((e: { id: string; unit: string }) => [e.unit, e.id])).toEqual([
      [a.name, `${at("甲/本年")}/${SAME}`],
      [b.name, `${at("乙/本年")}/${SAME}`],
    ]);
    expect(batch.rollUp.included).toHaveLength(2);
  });

  it("a zip with one entry name twice: two rows, the second told apart; the same unit twice is 重复提交 once", async () => {
    const [a, b] = [all[4]!, all[5]!];
    put("同名.zip", zipWithNames([SAME, SAME, SAME], [json(a), json(b), json(b)]));
    const r = await run("review", at("同名.zip"), "--roster", put("名单同名.txt", `${a.roster}\n${b.roster}\n`), "--json");
    const batch = JSON.parse(r.out);
    const zip = at("同名.zip");
    expect(batch.entries.map((e: { id: string; unit: string }) => [e.unit, e.id])).toEqual([
      [a.name, `${zip}/${SAME}`],
      [b.name, `${zip}/${SAME}${sameNameText(2)}`],
      [b.name, `${zip}/${SAME}${sameNameText(3)}`],
    ]);
    expect(batch.roster.duplicates).toEqual([{ name: b.roster, entryIds: [`${zip}/${SAME}${sameNameText(2)}`, `${zip}/${SAME}${sameNameText(3)}`] }]);
    expect([batch.roster.missing, batch.rollUp.included.length, batch.rollUp.excluded.map((x: { reason: string }) => x.reason)]).toEqual([[], 2, ["duplicate"]]);
  });
});

describe("nothing printed can redraw the terminal", () => {
  it("a zip entry name with \\r and ESC[2K, a unit name with U+202E and U+FFFE: printed without a control character, the workbook parses", async () => {
    const u = all[6]!;
    const spoof = { ...unitReport(u), unit: { name: `${u.name}\u202E\uFFFE`, kind: u.kind } };
    const fake = "坏\r\u001b[2K示例县城关镇人民政府  通过  0.json";
    put("终端.zip", zipWithNames([fake, "ok.json"], [new TextEncoder().encode("{"), new TextEncoder().encode(JSON.stringify(spoof))]));
    const r = await run("review", at("终端.zip"), "--xlsx", at("终端.xlsx"));
    expect(r.out).not.toMatch(CONTROL);
    const rows = r.out.split("\n\n")[0]!.split("\n").slice(1); // the table, below its header
    expect(rows).toHaveLength(2);
    expect(rows[0]).toMatch(/^\s+—\s+无法读取\s.*终端\.zip\/坏 \[2K示例县城关镇人民政府 通过 0\.json/);
    expect(rows[1]).toMatch(new RegExp(`^${u.name}\\s`));
    const bytes = new Uint8Array(readFileSync(at("终端.xlsx")));
    expect(xmlPartErrors(bytes)).toEqual([]);
    expect(readXlsx(bytes)[0]!.rows.map((row) => row[0])).toEqual(["单位", "", u.name]);
  });
});

describe("never writes over an input, even with --force", () => {
  const a = all[7]!;
  it("a report inside an input folder, the roster, a file in last year's folder: refused, each left as it was", async () => {
    const report = put(`保护/本年/${SAME}`, json(a));
    const roster = put("保护/名单.txt", `${a.roster}\n`);
    const last = put("保护/上年/上年.json", json(a));
    const before = [report, roster, last].map((f) => readFileSync(f));
    const refused = [
      await run("review", at("保护/本年"), "--xlsx", report, "--force"),
      await run("review", at("保护/本年"), "--roster", roster, "--xlsx", roster, "--force"),
      await run("review", at("保护/本年"), "--last-year", at("保护/上年"), "--xlsx", last, "--force"),
    ];
    expect(refused.map((x) => [x.code, x.err])).toEqual([
      [2, `${report} 是输入文件夹 ${at("保护/本年")} 中的文件，不能覆盖（加 --force 也不能），请换一个输出文件名`],
      [2, `不能把结果写到输入文件本身（${roster}），请换一个输出文件名`],
      [2, `${last} 是输入文件夹 ${at("保护/上年")} 中的文件，不能覆盖（加 --force 也不能），请换一个输出文件名`],
    ]);
    expect([report, roster, last].map((f) => readFileSync(f))).toEqual(before);
  });
});

describe("what cannot be read is a row, never the end of the batch", () => {
  it("links: one within the folder given is followed, one to outside is a row that says where it points", async () => {
    const [a, b] = [all[8]!, all[9]!];
    put(`链接/真/${a.roster}.json`, json(a));
    put(`外面/${b.roster}.json`, json(b));
    symlinkSync(at(`链接/真/${a.roster}.json`), at(`链接/里面的链接.json`));
    symlinkSync(at(`外面/${b.roster}.json`), at(`链接/外面的链接.json`));
    const batch = JSON.parse((await run("review", at("链接"), "--json")).out);
    expect(batch.entries.map((e: { id: string; unit: string; error?: string }) => [e.id, e.unit, e.error])).toEqual([
      ["链接/里面的链接.json", a.name, undefined],
      ["链接/外面的链接.json", "", inputMessages.outside(at(`外面/${b.roster}.json`))],
      [`链接/真/${a.roster}.json`, a.name, undefined],
    ]);
  });

  it("a file and a folder without permission (run as another user): rows with the Chinese reason, the rest reviewed", () => {
    const [a, b] = [all[10]!, all[11]!];
    put(`权限/${a.roster}.json`, json(a));
    put(`权限/锁住.json`, json(b));
    put(`权限/锁住的文件夹/${b.roster}.json`, json(b));
    chmodSync(at("权限/锁住.json"), 0o000);
    chmodSync(at("权限/锁住的文件夹"), 0o000);
    for (const d of ["权限", "权限/锁住的文件夹/.."]) chmodSync(at(d), 0o755);
    const asOther = process.getuid?.() === 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [];
    const cli = path.resolve(import.meta.dirname, "nianbao.mjs");
    const [cmd, ...args] = [...asOther, process.execPath, cli, "review", at("权限"), "--json"];
    const p = spawnSync(cmd!, args, { encoding: "utf8", cwd: path.resolve(import.meta.dirname, "..") });
    expect([p.status, p.stderr]).toEqual([1, ""]);
    const batch = JSON.parse(p.stdout);
    expect(batch.entries.map((e: { id: string; unit: string; error?: string }) => [e.id, e.unit, e.error])).toEqual([
      [`权限/${a.roster}.json`, a.name, undefined],
      ["权限/锁住.json", "", inputMessages.file("没有权限")],
      ["权限/锁住的文件夹", "", inputMessages.folder("没有权限")],
    ]);
  }, 60_000);
});

describe("a closed stdout", () => {
  it("`| head -1`: the workbook is written, nothing on stderr, the pipeline ends", () => {
    for (const u of all.slice(12, 40)) put(`管道/${u.roster}/${SAME}`, json(u));
    const out = at("管道.xlsx");
    const cli = path.resolve(import.meta.dirname, "nianbao.mjs");
    const p = spawnSync("bash", ["-o", "pipefail", "-c", `"${process.execPath}" "${cli}" review "${at("管道")}" --xlsx "${out}" 2>"${at("管道.err")}" | head -1`], { encoding: "utf8", cwd: path.resolve(import.meta.dirname, "..") });
    expect(p.stdout.split("\n")[0]).toMatch(/^单位\s+单位类型/);
    expect(readFileSync(at("管道.err"), "utf8")).toBe("");
    expect(existsSync(out)).toBe(true);
    expect(readXlsx(new Uint8Array(readFileSync(out)))[0]!.rows).toHaveLength(29);
  }, 60_000);
});
