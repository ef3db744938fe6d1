import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { encodeGbk } from "../../test-support/gbk";
import { matchRoster, parseRoster } from "./roster";
import type { ReviewEntry } from "./types";

const entry = (id: string, unit: string, year: number | null = 2024, status: ReviewEntry["status"] = "pass"): ReviewEntry => ({
  id, fileName: id, size: 1, status, unit, unitKind: "", year, format: "gov-2021", errors: 0, warnings: 0,
  figures: { received: null, outcomeTotal: null, carriedForward: null, reconsiderationTotal: null, litigationTotal: null }, issues: [],
});

describe("parseRoster", () => {
  it("pasted text: one per line, blank lines, a header and numbering skipped, repeats once", async () => {
    expect(await parseRoster("单位名称\n1、官庄镇\n\n  2. 金殿镇 \r\n东城街道\n官庄镇\n")).toEqual(["官庄镇", "金殿镇", "东城街道"]);
  });

  it("a .csv saved by Excel on Windows (GBK): the first column, quoted or not", async () => {
    const csv = encodeGbk('单位名称,联系人\r\n官庄镇,张三\r\n"示例县教育局",李四\r\n');
    expect(await parseRoster({ name: "名单.csv", bytes: csv })).toEqual(["官庄镇", "示例县教育局"]);
  });

  it("an .xlsx: the first column of the first sheet", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("名单");
    ws.addRows([["单位"], ["官庄镇", "备注"], [], ["东城街道"]]);
    const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
    expect(await parseRoster({ name: "名单.xlsx", bytes })).toEqual(["官庄镇", "东城街道"]);
  });

  it("a damaged .xlsx: a Chinese message", async () => {
    await expect(parseRoster({ name: "名单.xlsx", bytes: new Uint8Array([1, 2, 3]) })).rejects.toThrow(/名单文件无法读取/);
  });
});

describe("matchRoster", () => {
  const entries = [
    entry("a", "示例县官庄镇人民政府"),
    entry("b", "示例县官庄镇人民政府"),
    entry("c", "示例县东城街道办事处"),
    entry("d", "示例县金殿镇人民政府", 2023),
    entry("e", "示例县档案馆"),
    entry("f", "", null, "unreadable"),
  ];

  it("未提交, duplicates, not on the roster, another year (which does not count as submitted)", () => {
    expect(matchRoster(["官庄镇", "东城街道", "金殿镇", "教育局"], entries, 2024)).toEqual({
      matches: [
        { name: "官庄镇", entryIds: ["a", "b"] },
        { name: "东城街道", entryIds: ["c"] },
        { name: "金殿镇", entryIds: [] },
        { name: "教育局", entryIds: [] },
      ],
      missing: ["金殿镇", "教育局"],
      duplicates: [{ name: "官庄镇", entryIds: ["a", "b"] }],
      notOnRoster: ["e"],
      wrongYear: ["d"],
    });
  });

  it("an exact name wins over a match without the county prefix", () => {
    const r = matchRoster(["示例县教育局", "另一县教育局"], [entry("x", "另一县教育局")], 2024);
    expect(r.matches).toEqual([
      { name: "示例县教育局", entryIds: [] },
      { name: "另一县教育局", entryIds: ["x"] },
    ]);
  });
});

describe("parseRoster refuses what is not a list", () => {
  it("an old .xls or any binary file: a Chinese message, not garbage names", async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]);
    await expect(parseRoster({ name: "名单.xls", bytes: xls })).rejects.toThrow(/名单文件无法读取/);
  });
});
