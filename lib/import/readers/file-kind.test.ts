// Files that are not a readable report say what to do instead, found by their signature before their name.
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { fileKind } from "./file-kind";
import { importReport } from "../build/import-report";

const bytes = (...b: (number | string)[]) => new Uint8Array(b.flatMap((x) => (typeof x === "string" ? [...strToU8(x)] : [x])));
const refusal = (name: string, data: Uint8Array) => {
  const r = importReport({ name, bytes: data });
  return r.ok ? "" : r.error;
};

describe("fileKind", () => {
  it("reads by signature: a PDF, a web page saved as .doc, a .docx, a zip of something else", () => {
    expect(fileKind("年报.pdf", bytes("%PDF-1.7\n"))).toEqual({ kind: "pdf" });
    expect(fileKind("年报.doc", bytes("<html><body><p>一、总体情况</p></body></html>"))).toEqual({ kind: "html" });
    expect(fileKind("年报.docx", zipSync({ "word/document.xml": strToU8("<w:document/>") }))).toEqual({ kind: "docx" });
    expect(fileKind("年报.htm", bytes("一、总体情况"))).toEqual({ kind: "html" });
    expect(fileKind("年报.txt", bytes("一、总体情况"))).toEqual({ kind: "text" });
  });

  it("Markdown by its name (.md, .markdown); a PDF or a web page named .md is what its bytes say", () => {
    for (const name of ["年报.md", "年报.MD", "年报.markdown"]) expect(fileKind(name, bytes("# 一、总体情况"))).toEqual({ kind: "markdown" });
    expect(fileKind("年报.md", bytes("%PDF-1.7\n"))).toEqual({ kind: "pdf" });
    expect(fileKind("年报.md", bytes("<html><body><p>一、总体情况</p></body></html>"))).toEqual({ kind: "html" });
  });

  it("old Word and WPS documents: 另存为 .docx", () => {
    for (const name of ["年报.doc", "年报.wps"]) expect(refusal(name, bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1))).toMatch(/旧版 \.(doc|wps).*另存为.*\.docx/);
  });

  it("spreadsheets (.et, .xls, .xlsx) and slides are not the report", () => {
    expect(refusal("统计.et", bytes(0xd0, 0xcf, 0x11, 0xe0))).toMatch(/表格文件（\.et）.*另存为/);
    expect(refusal("统计.xlsx", zipSync({ "xl/workbook.xml": strToU8("<x/>") }))).toMatch(/表格文件/);
    expect(refusal("汇报.pptx", zipSync({ "ppt/presentation.xml": strToU8("<p/>") }))).toMatch(/演示文稿/);
  });

  it("images, archives, OFD and single-file web pages", () => {
    expect(refusal("扫描.jpg", bytes(0xff, 0xd8, 0xff, 0xe0))).toMatch(/图片.*OCR/);
    expect(refusal("截图.png", bytes(0x89, "PNG\r\n"))).toMatch(/图片/);
    expect(refusal("年报.zip", zipSync({ "年报.docx": strToU8("x") }))).toMatch(/压缩包.*解压/);
    expect(refusal("年报.rar", bytes("Rar!\x1a\x07"))).toMatch(/压缩包/);
    expect(refusal("年报.ofd", zipSync({ "OFD.xml": strToU8("<ofd/>") }))).toMatch(/OFD.*PDF/);
    expect(refusal("年报.mht", bytes("MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n"))).toMatch(/\.mht.*\.html/);
    expect(refusal("年报.rtf", bytes("{\\rtf1\\ansi")) ).toMatch(/RTF.*\.docx/);
  });
});
