// The register's door: what it reads (CSV quoting, encodings, pasted blocks, .xlsx dates/formulas/merges) and
// what it refuses, each with the Chinese sentence the clerk sees.
import { describe, expect, it } from "vitest";
import { encodeGbk } from "../../../test-support/gbk";
import { LIMITS } from "../../import/limits/limits";
import { readMessages } from "../messages";
import { readPastedRegister, readRegisterFile } from "./read-register-file";

const utf8 = (s: string) => new TextEncoder().encode(s);

describe("CSV", () => {
  const csv = '序号,申请人类型,申请内容,收到日期\r\n1,个人,"申请公开A村, B村的\r\n征收方案",2024/3/5\r\n\r\n2,企业,"说""明""",20240306\r\n';

  it("reads quoted fields with commas, line breaks and doubled quotes; blank rows are kept with their numbers", async () => {
    const [sheet] = await readRegisterFile(utf8(csv), "台账.csv");
    expect(sheet!.rows).toEqual([
      { rowNumber: 1, cells: ["序号", "申请人类型", "申请内容", "收到日期"] },
      { rowNumber: 2, cells: ["1", "个人", "申请公开A村, B村的 征收方案", "2024/3/5"] },
      { rowNumber: 3, cells: [] },
      { rowNumber: 4, cells: ["2", "企业", '说"明"', "20240306"] },
    ]);
  });

  it("reads GBK and UTF-16 the same as UTF-8, and cleans invisible characters", async () => {
    const plain = await readRegisterFile(utf8(csv), "a.csv");
    expect(await readRegisterFile(encodeGbk(csv), "a.csv")).toEqual(plain);
    const utf16 = new Uint8Array([0xff, 0xfe, ...new Uint8Array(new Uint16Array([...csv].map((c) => c.charCodeAt(0))).buffer)]);
    expect(await readRegisterFile(utf16, "a.csv")).toEqual(plain);
    const [hidden] = await readRegisterFile(utf8("申请人\u200b类型,收到日期\n个\u202e人,2024-01-02\n"), "b.csv");
    expect(hidden!.rows[1]!.cells).toEqual(["个人", "2024-01-02"]);
  });
});

describe("pasted from Excel/WPS", () => {
  it("splits on tabs; a cell with a line break comes quoted", () => {
    const sheet = readPastedRegister('申请人类型\t申请内容\t收到日期\n个人\t"第一行\n第二行"\t2024-01-02\n企业\t无\t2024.1.3');
    expect(sheet.rows.map((r) => r.cells)).toEqual([
      ["申请人类型", "申请内容", "收到日期"],
      ["个人", "第一行 第二行", "2024-01-02"],
      ["企业", "无", "2024.1.3"],
    ]);
  });
});

describe(".xlsx", () => {
  it("gives date cells as ISO, formulas as their result, merged ranges in every cell, hidden sheets not at all", async () => {
    const { default: ExcelJS } = await import("exceljs");
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("台账");
    ws.mergeCells("A1:C1");
    ws.getCell("A1").value = "2024年度登记台账";
    ws.getRow(2).values = ["申请人类型", "收到日期", "件数"];
    ws.getCell("A3").value = { richText: [{ text: "个" }, { text: "人" }] };
    ws.getCell("B3").value = new Date(Date.UTC(2024, 2, 5));
    ws.getCell("B3").numFmt = "yyyy/m/d";
    ws.getCell("C3").value = { formula: "1+1", result: 2 };
    wb.addWorksheet("选项", { state: "hidden" }).getCell("A1").value = "不读";
    const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const sheets = await readRegisterFile(bytes, "台账.xlsx");
    expect(sheets.map((s) => s.name)).toEqual(["台账"]);
    expect(sheets[0]!.rows.map((r) => r.cells)).toEqual([
      ["2024年度登记台账", "2024年度登记台账", "2024年度登记台账"],
      ["申请人类型", "收到日期", "件数"],
      ["个人", "2024-03-05", "2"],
    ]);
  });
});

describe("refused, in Chinese", () => {
  it.each([
    ["台账.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), readMessages.oldExcel],
    ["台账.et", utf8("whatever"), readMessages.oldExcel],
    ["台账.docx", utf8("PK"), readMessages.notTable("台账.docx")],
    ["台账.xlsx", utf8("申请人类型,收到日期"), readMessages.unreadableXlsx],
    ["台账.xlsx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]), readMessages.unreadableXlsx],
    ["台账.csv", new Uint8Array([0, 1, 2, 3, 0, 0, 0]), readMessages.binaryCsv],
  ])("%s", async (name, bytes, message) => {
    await expect(readRegisterFile(bytes, name)).rejects.toThrow(message);
  });

  it("more columns or rows than LIMITS allow", async () => {
    const wide = Array.from({ length: LIMITS.registerColumns + 1 }, (_, i) => `列${i}`).join(",");
    await expect(readRegisterFile(utf8(wide), "宽.csv")).rejects.toThrow(readMessages.tooManyColumns(LIMITS.registerColumns));
    const long = "a\n".repeat(LIMITS.registerRows + 1);
    await expect(readRegisterFile(utf8(long), "长.csv")).rejects.toThrow(readMessages.tooManyRows(LIMITS.registerRows));
  });

  it("the message names what to do", () => {
    expect(readMessages.oldExcel).toContain("另存为");
    expect(readMessages.oldExcel).toContain(".xlsx");
  });
});

describe("an .xlsx over the inflate budget", () => {
  it("is refused before the .xlsx reader sees it", async () => {
    const { xlsxWithinBudget } = await import("./xlsx-budget");
    const { registerTemplate } = await import("../template/register-template");
    const bytes = await registerTemplate("requests");
    expect(xlsxWithinBudget(bytes)).toEqual({ ok: true });
    expect(xlsxWithinBudget(bytes, 1000)).toEqual({ ok: false, reason: "too-big" });
  });
});
