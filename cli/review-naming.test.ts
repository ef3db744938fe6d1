// nianbao review on the generated county with the naming problems of issue #23 (test-support/
// generated-county.ts, generateNamingCounty): the same file name in every unit's folder, three 管委会, a
// 城市管理局 and a 林区管理局, names with invisible characters, a zip with a second copy of one report. Rows,
// roster and 汇总 asserted exactly; every expectation comes from the generator's inputs.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { zipSync } from "fflate";
import { beforeAll, describe, expect, it } from "vitest";
import { probableText } from "../lib/review/roster";
import { cleanLine } from "../lib/text/hygiene";
import { generateNamingCounty, namedPath, type NamedUnit, type NamingCounty } from "../test-support/generated-county";
import { runCli as run, tempFiles } from "../test-support/cli";
import { readXlsx } from "../test-support/xlsx-reader";
import { xmlPartErrors } from "../test-support/xml-parts";

const { at, file } = tempFiles("nianbao-review-naming-");
let county: NamingCounty;
const idOf = (u: NamedUnit) => `县/${cleanLine(namedPath(u))}`;
const received = (u: NamedUnit) => (county.reports.get(u)!.tables.requests as Record<string, Record<string, number>>).received!.total!;

beforeAll(async () => {
  county = await generateNamingCounty();
  for (const f of county.files) {
    mkdirSync(path.dirname(at(`县/${f.name}`)), { recursive: true });
    writeFileSync(at(`县/${f.name}`), f.bytes);
  }
  writeFileSync(at("县/补报.zip"), zipSync(Object.fromEntries(county.zipped.map((f) => [f.name, f.bytes]))));
  file("名单.txt", county.roster);
}, 120_000);

type Row = { id: string; unit: string; status: string; errors: number };

describe("nianbao review: the county with the naming problems", () => {
  it("rows: every file once, each unit by its own clean name; roster and 汇总 exactly", async () => {
    const r = await run("review", at("县"), "--roster", at("名单.txt"), "--json", "--xlsx", at("结果.xlsx"));
    const batch = JSON.parse(r.out);
    const twiceAgain = `县/补报.zip/${county.zipped.at(-1)!.name}`;
    const want = [...county.units.map((u) => [idOf(u), u.name]), [twiceAgain, county.twice.name]].sort();
    expect(batch.entries.map((e: Row) => [e.id, e.unit]).sort()).toEqual(want);
    expect(batch.entries.every((e: Row) => e.status === "pass" && e.errors === 0)).toBe(true);

    const lineOf = new Map(county.units.map((u) => [u.roster, u]));
    expect(batch.roster.matches).toEqual(
      county.rosterLines.map((name) => {
        const u = lineOf.get(name);
        if (!u || u === county.alike.unit) return { name, entryIds: [] };
        return { name, entryIds: u === county.twice ? expect.arrayContaining([idOf(u), twiceAgain]) : [idOf(u)] };
      }),
    );
    expect(batch.roster.missing).toEqual([county.alike.line, county.silent]);
    expect(batch.roster.duplicates.map((d: { name: string; entryIds: string[] }) => [d.name, d.entryIds.sort()])).toEqual([[county.twice.roster, [idOf(county.twice), twiceAgain].sort()]]);
    expect(batch.roster.notOnRoster).toEqual([idOf(county.alike.unit)]);
    expect(batch.roster.probable).toEqual([{ name: county.alike.line, entryId: idOf(county.alike.unit) }]);
    expect(batch.roster.wrongYear).toEqual([]);

    expect(batch.rollUp.included.map((i: { unit: string }) => i.unit).sort()).toEqual(county.units.map((u) => u.name).sort());
    expect(batch.rollUp.excluded.map((x: { unit: string; reason: string }) => [x.unit, x.reason])).toEqual([[county.twice.name, "duplicate"]]);
    expect(batch.rollUp.tables.requests.received.total).toBe(county.units.reduce((n, u) => n + received(u), 0));

    const bytes = new Uint8Array(readFileSync(at("结果.xlsx")));
    expect(xmlPartErrors(bytes)).toEqual([]);
    const missing = readXlsx(bytes).find((s) => s.name === "未提交")!.rows;
    expect(missing.filter((row) => row[0] === "未提交" || row[0] === "不在名单内")).toEqual([
      ["未提交", county.alike.line, "", probableText(`${county.alike.unit.name}（${idOf(county.alike.unit)}）`)],
      ["未提交", county.silent, ""],
      ["不在名单内", county.alike.unit.name, idOf(county.alike.unit), probableText(county.alike.line)],
    ]);
  }, 60_000);

  it("the printed summary: 未提交 with the alike unit asked about, 重复提交 once, the 汇总's count and sum", async () => {
    const r = await run("review", at("县"), "--roster", at("名单.txt"));
    const sum = county.units.reduce((n, u) => n + received(u), 0);
    expect(r.out).toContain(`名单：${county.rosterLines.length} 个单位，已提交 ${county.rosterLines.length - 2}，未提交 2。`);
    expect(r.out).toContain(`未提交：${county.alike.line}（${probableText(`${county.alike.unit.name}（${idOf(county.alike.unit)}）`)}）、${county.silent}`);
    expect(r.out.match(/重复提交：/g)).toHaveLength(1);
    expect(r.out).toContain(`汇总：纳入 ${county.units.length} 份，未纳入 1 份。本年新收 ${sum}，`);
    expect(r.out).not.toMatch(/[\u200b\u202e\ufffe]/);
  }, 60_000);
});
