// The PDF reader on pages made by hand: a lattice with merged and blank cells and numbers wrapped inside
// narrow cells, page furniture, paragraphs from indents; and PDFs that cannot be read, each with its message.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderDocxBuffer } from "../../../docx/pack";
import type { Report } from "../../../report/types";
import valid from "../../../../templates/gov-2021/fixtures/valid-report.json";
import { hasLibreOffice } from "../../../../test-support/libreoffice";
import { scannedPdf, unembeddedChinesePdf } from "../../../../test-support/minimal-pdf";
import { importFile } from "../../build/import-file";
import { pdfBlocks } from "./read-pdf";
import { readPdfNode } from "./read-pdf-node";
import type { PdfPage, PdfRule, PdfRun } from "./read-pdf-types";

const run = (text: string, x: number, y: number, size = 10): PdfRun => ({ text, x, y, w: text.length * size * (/^[\d.]+$/.test(text) ? 0.5 : 1), size });
const h = (y: number, x0: number, x1: number): PdfRule => ({ x0, y0: y, x1, y1: y });
const v = (x: number, y0: number, y1: number): PdfRule => ({ x0: x, y0, x1: x, y1 });
const page = (runs: PdfRun[], rules: PdfRule[] = []): PdfPage => ({ width: 595, height: 842, runs, rules, images: 0 });

describe("tables by their lattice", () => {
  // | 三、本年度 | （一）予以公开 | 12 | (blank) |       rows 100–120 and 120–160; the first cell spans both rows,
  // | 办理结果   | （二）部分公开 | 65029 wrapped | 3 | the second row's number wraps inside its narrow cell.
  const rules = [h(100, 50, 350), h(120, 150, 350), h(160, 50, 350), v(50, 100, 160), v(150, 100, 160), v(250, 100, 160), v(300, 100, 160), v(350, 100, 160)];
  const runs = [run("三、本年度", 52, 113), run("办理结果", 52, 125), run("（一）予以公开", 152, 113), run("12", 270, 113), run("（二）部分公开", 152, 143), run("6502", 255, 136), run("9", 270, 148), run("3", 320, 143)];

  it("gives rows as Word does: a merged cell once where it starts, a blank cell empty, a wrapped number whole", () => {
    expect(pdfBlocks([page(runs, rules)])).toEqual([
      { type: "table", rows: [["三、本年度办理结果", "（一）予以公开", "12", ""], ["（二）部分公开", "65029", "3"]] },
    ]);
  });

  it("a frame round a paragraph is not a table", () => {
    const framed = [h(100, 50, 350), h(130, 50, 350), v(50, 100, 130), v(350, 100, 130)];
    expect(pdfBlocks([page([run("注：本表数据截至12月31日。", 60, 118)], framed)])).toEqual([{ type: "p", text: "注：本表数据截至12月31日。" }]);
  });
});

describe("paragraphs and page furniture", () => {
  // Body 16 pt from x = 80 to x = 520 (27.5 characters); first lines indented two characters.
  const line = (text: string, y: number, indent = false) => run(text, indent ? 112 : 80, y, 16);
  const full = "二".repeat(27) + "。";
  const pages = [
    page([run("草稿", 480, 60, 14), line("一、总体情况", 120, true), line("本" + "一".repeat(25), 150, true), line("一".repeat(27) + "，", 180), line("一一一。", 210), line("（一）主动公开", 240, true), line(full.slice(0, 26), 270, true), run("— 1 —", 260, 780, 14)]),
    page([run("草稿", 480, 60, 14), line("二".repeat(10) + "。", 120), line("城关镇", 150, true), line("2025年1月20日", 180, true), run("— 2 —", 260, 780, 14)]),
  ];

  it("joins wrapped lines, starts a paragraph at an indent, runs on over a page break, and drops 「草稿」 and page numbers", () => {
    expect(pdfBlocks(pages).map((b) => (b.type === "p" ? b.text : ""))).toEqual([
      "一、总体情况",
      "本" + "一".repeat(25) + "一".repeat(27) + "，一一一。",
      "（一）主动公开",
      full.slice(0, 26) + "二".repeat(10) + "。",
      "城关镇",
      "2025年1月20日",
    ]);
  });
});

describe("PDFs that cannot be read", () => {
  it("a scan without a text layer", async () => {
    expect(await importFile("扫描.pdf", scannedPdf(), readPdfNode)).toEqual({ ok: false, error: expect.stringContaining("扫描件，没有可读取的文字") });
  });

  it("a damaged file", async () => {
    const r = await importFile("坏.pdf", new TextEncoder().encode("%PDF-1.7\n1 0 obj <<"), readPdfNode);
    expect(r.ok ? "" : r.error).toMatch(/不是有效的 PDF|没有可读取的文字/);
  });

  it.skipIf(!hasLibreOffice())("a PDF with an open password", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "nianbao-enc-"));
    try {
      writeFileSync(path.join(dir, "r.docx"), await renderDocxBuffer(valid as unknown as Report, { draft: true }));
      const filter = 'pdf:writer_pdf_Export:{"EncryptFile":{"type":"boolean","value":"true"},"DocumentOpenPassword":{"type":"string","value":"secret"}}';
      execFileSync("soffice", [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", filter, "--outdir", dir, path.join(dir, "r.docx")], { stdio: "ignore", timeout: 120_000 });
      const r = await importFile("加密.pdf", new Uint8Array(readFileSync(path.join(dir, "r.pdf"))), readPdfNode);
      expect(r.ok ? "" : r.error).toContain("设有打开密码");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it("reads Chinese in a font that is not embedded, through pdf.js's character maps", async () => {
    const lines = ["城关镇2024年政府信息公开工作年度报告", "一、总体情况", "本年度，我镇扎实推进政府信息公开工作。", "（一）主动公开"];
    const read = await readPdfNode(unembeddedChinesePdf(lines));
    if (!read.ok) throw new Error(read.error);
    expect(read.pages[0]!.runs.map((r) => r.text)).toEqual(lines);
  });
});
