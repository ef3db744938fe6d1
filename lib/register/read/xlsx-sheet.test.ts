// The cells of one worksheet's XML, by type and style, as Excel, WPS and the Open XML SDK write them; and the
// styles and shared strings they point to. Expected texts are what the clerk sees in the cell.
import { describe, expect, it } from "vitest";
import { LIMITS } from "../../import/limits/limits";
import { readMessages } from "../messages";
import { columnOf, serialDate, sheetCells, type SheetContext } from "./xlsx-sheet";
import { dateStyles, isDateFormat, sharedStrings, unescapeOoxml } from "./xlsx-styles";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const sheet = (rows: string, p = "") => `<${p}worksheet xmlns${p ? `:${p.slice(0, -1)}` : ""}="${MAIN}"><${p}sheetData>${rows}</${p}sheetData></${p}worksheet>`;
const ctx: SheetContext = { shared: ["申请人类型", "个人"], dateStyles: [false, true], date1904: false };

describe("sheetCells", () => {
  it("gives each cell's text by its type: shared, inline rich text, formula result, boolean, error, ISO date, number", () => {
    const xml = sheet(
      `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><r><t>公</t></r><r><t>民</t></r><rPh><t>gongmin</t></rPh></is></c>` +
        `<c r="C1" t="str"><f>A1&amp;"x"</f><v>a&amp;b</v></c><c r="D1" t="b"><v>1</v></c><c r="E1" t="e"><f>1/0</f><v>#DIV/0!</v></c></row>` +
        `<row r="2"><c r="A2" t="s"><v>1</v></c><c r="B2" s="1"><v>45356</v></c><c r="C2" s="1"><v>45356.395833333336</v></c>` +
        `<c r="D2" t="d"><v>2024-03-05T00:00:00Z</v></c><c r="E2"><f>1+1</f><v>2</v></c><c r="F2" s="0"><v>0.5</v></c></row>`,
    );
    expect(sheetCells(xml, ctx)).toEqual([
      ["申请人类型", "公民", "a&b", "true", "#DIV/0!"],
      ["个人", "2024-03-05", "2024-03-05 09:30", "2024-03-05", "2", "0.5"],
    ]);
  });

  it("keeps row and column gaps, reads prefixed elements and rows or cells without a reference", () => {
    const xml = sheet(`<x:row r="2"><x:c r="C2" t="s"><x:v>1</x:v></x:c></x:row><x:row><x:c t="s"><x:v>0</x:v></x:c><x:c><x:v>7</x:v></x:c></x:row>`, "x:");
    expect(sheetCells(xml, ctx)).toEqual([[], ["", "", "个人"], ["申请人类型", "7"]]);
  });

  it("counts dates from 1904 when the workbook does", () => {
    expect(sheetCells(sheet(`<row r="1"><c r="A1" s="1"><v>43894</v></c></row>`), { ...ctx, date1904: true })).toEqual([["2024-03-05"]]);
  });

  it("stops at LIMITS' rows and columns with the Chinese message", () => {
    const far = LIMITS.registerRows + 1;
    expect(() => sheetCells(sheet(`<row r="${far}"><c r="A${far}"><v>1</v></c></row>`), ctx)).toThrow(readMessages.tooManyRows(LIMITS.registerRows));
    expect(() => sheetCells(sheet(`<row r="1"><c r="ZZ1"><v>1</v></c></row>`), ctx)).toThrow(readMessages.tooManyColumns(LIMITS.registerColumns));
  });

  it("reads serials and references as Excel numbers them", () => {
    expect(serialDate(1, false)).toBe("1900-01-01");
    expect(serialDate(61, false)).toBe("1900-03-01");
    expect(columnOf("AB12")).toBe(28);
    expect(columnOf(undefined)).toBe(0);
  });
});

describe("styles and shared strings", () => {
  it("tells date formats from number formats, built-in (Chinese 年月日 ids too) and custom", () => {
    expect(["yyyy/m/d", 'yyyy"年"m"月"d"日"', "[$-804]yyyy-mm-dd;@", "h:mm"].map(isDateFormat)).toEqual([true, true, true, true]);
    expect(["0.00", '"第"0"件"', "General", "[Red]0", "#,##0_);[Red](#,##0)"].map(isDateFormat)).toEqual([false, false, false, false, false]);
    const styles =
      `<styleSheet xmlns="${MAIN}"><numFmts><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/><numFmt numFmtId="177" formatCode="0.0"/></numFmts>` +
      `<cellStyleXfs><xf numFmtId="14"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="176"/><xf numFmtId="177"/><xf numFmtId="31"/></cellXfs></styleSheet>`;
    expect(dateStyles(styles)).toEqual([false, true, true, false, true]);
  });

  it("joins rich-text runs, leaves out phonetic guides and undoes _xHHHH_ escapes", () => {
    const xml = `<sst xmlns="${MAIN}"><si><t>予以公开</t></si><si><r><t>部分</t></r><r><t xml:space="preserve">公开 </t></r><rPh><t>bu</t></rPh></si><si/><si><t>甲_x000D_乙 &amp;</t></si></sst>`;
    expect(sharedStrings(xml)).toEqual(["予以公开", "部分公开 ", "", "甲\r乙 &"]);
    expect(unescapeOoxml("无转义")).toBe("无转义");
  });
});
