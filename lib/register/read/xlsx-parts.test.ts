// What read-excel-file does not tell: hidden sheets (workbook.xml) and merged ranges (<mergeCells>), read from the
// parts as Excel, WPS and the Open XML SDK (prefixed 「x:」 elements, absolute targets) write them.
import { describe, expect, it } from "vitest";
import { bookInfo, sheetMerges } from "./xlsx-parts";

const utf8 = (s: string) => new TextEncoder().encode(s);
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

describe("bookInfo", () => {
  it("lists the sheets in order with their visibility and part, relative or absolute targets alike", () => {
    const parts = new Map([
      [
        "xl/workbook.xml",
        utf8(
          `<x:workbook xmlns:x="${MAIN}" xmlns:r="${REL}"><x:sheets>` +
            `<x:sheet name="台账&amp;2024" sheetId="1" r:id="rId1"/><x:sheet name="选项" sheetId="2" state="hidden" r:id="rId2"/>` +
            `<x:sheet name="底稿" sheetId="3" state="veryHidden" r:id="rId3"/></x:sheets></x:workbook>`,
        ),
      ],
      [
        "xl/_rels/workbook.xml.rels",
        utf8(
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
            `<Relationship Id="rId1" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Target="/xl/worksheets/options.xml"/></Relationships>`,
        ),
      ],
    ]);
    expect(bookInfo(parts)).toEqual({
      sheets: [
        { name: "台账&2024", hidden: false, path: "xl/worksheets/sheet1.xml" },
        { name: "选项", hidden: true, path: "xl/worksheets/options.xml" },
        { name: "底稿", hidden: true, path: null },
      ],
      date1904: false,
      sharedStrings: "xl/sharedStrings.xml",
      styles: "xl/styles.xml",
    });
  });

  it("finds the 1904 date system and shared parts named by the relationships", () => {
    const parts = new Map([
      ["xl/workbook.xml", utf8(`<workbook xmlns="${MAIN}"><workbookPr date1904="1"/><sheets/></workbook>`)],
      [
        "xl/_rels/workbook.xml.rels",
        utf8(
          `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
            `<Relationship Id="r1" Type="${REL}/sharedStrings" Target="/xl/strings.xml"/><Relationship Id="r2" Type="${REL}/styles" Target="s.xml"/></Relationships>`,
        ),
      ],
    ]);
    expect(bookInfo(parts)).toEqual({ sheets: [], date1904: true, sharedStrings: "xl/strings.xml", styles: "xl/s.xml" });
  });

  it("is empty without a workbook part", () => {
    expect(bookInfo(new Map()).sheets).toEqual([]);
  });
});

describe("sheetMerges", () => {
  const sheet = (tail: string, p = "") =>
    utf8(`<${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ""}="${MAIN}"><${p}sheetData><${p}row r="1"><${p}c r="A1"/></${p}row></${p}sheetData>${tail}</${p}worksheet>`);

  it("reads each range as 1-based inclusive rows and columns", () => {
    const xml = sheet(`<mergeCells count="2"><mergeCell ref="A1:C1"/><mergeCell ref="AA2:AB3"/></mergeCells><pageMargins left="0.7"/>`);
    expect(sheetMerges(xml)).toEqual([
      { top: 1, left: 1, bottom: 1, right: 3 },
      { top: 2, left: 27, bottom: 3, right: 28 },
    ]);
  });

  it("reads prefixed elements (Open XML SDK) and finds nothing when a sheet has no merges", () => {
    expect(sheetMerges(sheet(`<x:mergeCells><x:mergeCell ref="B2:B4"/></x:mergeCells>`, "x:"))).toEqual([{ top: 2, left: 2, bottom: 4, right: 2 }]);
    expect(sheetMerges(sheet(`<pageMargins left="0.7"/>`))).toEqual([]);
    expect(sheetMerges(sheet(`<mergeCells count="0"/>`))).toEqual([]);
  });

  it("skips a range it cannot read", () => {
    expect(sheetMerges(sheet(`<mergeCells><mergeCell ref="A1:ZZZZ9"/><mergeCell ref="D4"/></mergeCells>`))).toEqual([{ top: 4, left: 4, bottom: 4, right: 4 }]);
  });
});
