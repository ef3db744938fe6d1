import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { encodeGbk } from "../../test-support/gbk";
import { matchRoster, parseRoster, probableText } from "./roster";
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
      probable: [],
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

describe("matchRoster on a county's roster of 开发区, 园区, 管委会 and 局/中心/办 of every kind", () => {
  const roster = [
    "官庄镇",
    "东城街道",
    "经济开发区管委会",
    "高新技术产业开发区管理委员会",
    "工业园区管委会",
    "示例县城市管理局",
    "示例县林区管理局",
    "县教育局",
    "示例县融媒体中心",
    "示例县政务服务中心",
    "县政府办公室",
    "人社局",
  ];
  const reports = [
    entry("1", "示例县官庄镇人民政府"),
    entry("2", "示例县东城街道办事处"),
    entry("3", "示例县经济开发区管理委员会"),
    entry("4", "示例县工业园区管委会"),
    entry("5", "示例县城市管理局"),
    entry("6", "示例县林区管理局"),
    entry("7", "示例县教育体育局"),
    entry("8", "示例县融媒体中心"),
    entry("9", "示例县人民政府办公室"),
    entry("10", "示例县人力资源和社会保障局"),
    entry("11", "示例县高新区管委会"),
  ];

  it("credits each report to its own line only; a name only alike is asked about, not credited", () => {
    const r = matchRoster(roster, reports, 2024);
    expect(r.matches.map((m) => [m.name, m.entryIds])).toEqual([
      ["官庄镇", ["1"]],
      ["东城街道", ["2"]],
      ["经济开发区管委会", ["3"]],
      ["高新技术产业开发区管理委员会", ["11"]],
      ["工业园区管委会", ["4"]],
      ["示例县城市管理局", ["5"]],
      ["示例县林区管理局", ["6"]],
      ["县教育局", []],
      ["示例县融媒体中心", ["8"]],
      ["示例县政务服务中心", []],
      ["县政府办公室", ["9"]],
      ["人社局", ["10"]],
    ]);
    expect([r.missing, r.duplicates, r.notOnRoster]).toEqual([["县教育局", "示例县政务服务中心"], [], ["7"]]);
    expect(r.probable).toEqual([{ name: "县教育局", entryId: "7" }]);
    expect(probableText("示例县教育体育局")).toBe("可能是「示例县教育体育局」，请核对");
  });

  it("two 管委会 of one county are two units, neither 重复提交", () => {
    const r = matchRoster(["经济开发区管委会", "工业园区管委会"], [entry("a", "示例县经济开发区管委会"), entry("b", "示例县工业园区管委会"), entry("c", "示例县教育局")], 2024);
    expect([r.duplicates, r.missing, r.notOnRoster]).toEqual([[], [], ["c"]]);
  });

  it("a name with invisible characters is the unit it shows (no second 城关镇)", async () => {
    const lines = await parseRoster("城关镇\u200b人民政府\n\u202e西关镇\n");
    expect(lines).toEqual(["城关镇人民政府", "西关镇"]);
    const r = matchRoster(lines, [entry("x", "示例县城关镇人民政府\u200b"), entry("y", "示例县西关镇")], 2024);
    expect([r.missing, r.notOnRoster]).toEqual([[], []]);
  });
});

describe("parseRoster refuses what is not a list", () => {
  it("an old .xls or any binary file: a Chinese message, not garbage names", async () => {
    const xls = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0, 0, 0, 0, 0]);
    await expect(parseRoster({ name: "名单.xls", bytes: xls })).rejects.toThrow(/名单文件无法读取/);
  });
});
