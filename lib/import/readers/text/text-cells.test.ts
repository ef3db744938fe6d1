import { describe, expect, it } from "vitest";
import { textCells } from "./text-cells";

describe("textCells", () => {
  it("Word's cell-per-line export is one stream; a cell may hold a line break", () => {
    expect(textCells("\t商业\n企业\n\t 0\n\t \n\t0\n")).toEqual([["", "商业", "企业", "0", "", "0"]]);
  });

  it("web copies: one row per line, blank first and last cells kept", () => {
    expect(textCells("结果维持\t总计\n\t0\t")).toEqual([["结果维持", "总计"], ["", "0", ""]]);
  });

  it("pdftotext -layout: columns by runs of spaces, numbers after a single space, numbered labels split", () => {
    expect(textCells("3.危及“三安全一稳定” 11792 19711\n   （三）不 1.属于国家秘密      925 8844")).toEqual([
      ["3.危及“三安全一稳定”", "11792", "19711", "（三）不", "1.属于国家秘密", "925", "8844"],
    ]);
  });

  it("rejoins a number wrapped inside a narrow cell, but never joins two rows of short numbers", () => {
    expect(textCells("6502 7294      1254\n            4625\n  9    8         4")).toEqual([["65029", "72948", "4625", "12544"]]);
    expect(textCells("0    12   3\n0    7    3")).toEqual([["0", "12", "3", "0", "7", "3"]]);
  });

  it("a copy from a PDF viewer: one cell per line, a number glued to its label, no column merging", () => {
    expect(textCells("3.危及“三安全一稳定”405\n3\n4\n5350 9995\n6315")).toEqual([["3.危及“三安全一稳定”", "405", "3", "4", "5350", "9995", "6315"]]);
  });
});
