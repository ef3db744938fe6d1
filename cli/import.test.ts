// nianbao import / nianbao check on .txt and .docx files (through lib/import).
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Packer } from "docx";
import { describe, expect, it } from "vitest";
import { renderReport } from "../lib/docx/render-report";
import { parseReportJson } from "../lib/report/parse-report-json";
import type { Report } from "../lib/report/types";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { runCli as run } from "../test-support/cli";
import { cmsPage } from "../test-support/cms-page";
import { docxToPdf, hasLibreOffice } from "../test-support/libreoffice";

const dir = mkdtempSync(path.join(tmpdir(), "nianbao-import-"));
const seed = (n: string) => path.resolve(import.meta.dirname, `../templates/gov-2021/fixtures/seeds/${n}.txt`);


describe("nianbao import", () => {
  it("does not replace the Word file with JSON (-o 报告.docx for 报告.docx), nor an existing file without --force", async () => {
    const docx = path.join(dir, "报告.docx");
    writeFileSync(docx, await Packer.toBuffer(renderReport(valid as unknown as Report, {})));
    const before = readFileSync(docx);
    const r = await run("import", docx, "-o", docx);
    expect(r.code).toBe(2);
    expect(r.err).toContain("不能把结果写到输入文件本身");
    expect(readFileSync(docx).equals(before)).toBe(true);
    const json = path.join(dir, "exists.json");
    writeFileSync(json, "{}");
    expect((await run("import", docx, "-o", json)).err).toContain("已存在，未覆盖；确需覆盖请加 --force");
    expect((await run("import", docx, "-o", json, "--force")).code).toBe(0);
    expect(parseReportJson(readFileSync(json, "utf8")).ok).toBe(true);
  });

  it("writes a valid exchange file from a .txt report and says what it could not read", async () => {
    const target = path.join(dir, "000.json");
    const r = await run("import", seed("000"), "-o", target);
    expect(r.code).toBe(0);
    expect(r.out).toContain("未能读取：表二：未找到表格");
    const parsed = parseReportJson(readFileSync(target, "utf8"));
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect([parsed.report.unit.name, parsed.report.year]).toEqual(["和庄镇", 2021]);
  });

  it("reads a .docx made by the renderer", async () => {
    const docx = path.join(dir, "r.docx");
    writeFileSync(docx, await Packer.toBuffer(renderReport(valid as unknown as Report, {})));
    const target = path.join(dir, "r.json");
    expect((await run("import", docx, "-o", target)).code).toBe(0);
    const parsed = parseReportJson(readFileSync(target, "utf8"));
    expect(parsed.ok && parsed.report.tables).toEqual(valid.tables);
  });

  it("names the 2019 format", async () => {
    const r = await run("import", seed("004"), "-o", path.join(dir, "004.json"));
    expect(r.out).toContain("2019 年试行格式");
  });

  it("exits 2 with usage without -o, and with a Chinese error for an unreadable .docx", async () => {
    expect((await run("import", seed("000"))).code).toBe(2);
    const bad = path.join(dir, "bad.docx");
    writeFileSync(bad, "not a zip");
    const r = await run("import", bad, "-o", path.join(dir, "bad.json"));
    expect(r.code).toBe(2);
    expect(r.err).toContain("不是有效的 .docx 文件");
  });
});

describe("nianbao check on imported files", () => {
  it("lists structural findings with the rule issues: 000 has no 表二", async () => {
    const r = await run("check", seed("000"), "--json");
    expect(r.code).toBe(1);
    const issues = JSON.parse(r.out) as { rule: string; severity: string }[];
    expect(issues.map((i) => i.rule)).toContain("structure.missing-table");
    const firstWarning = issues.findIndex((i) => i.severity === "warning");
    expect(issues.slice(firstWarning).every((i) => i.severity === "warning")).toBe(true); // errors first
  });

  it("003: only 总计 typed in 表三 is an error (table-empty), blanks a warning → exit 1", async () => {
    const r = await run("check", seed("003"), "--json");
    expect(r.code).toBe(1);
    const rules = (JSON.parse(r.out) as { rule: string }[]).map((i) => i.rule);
    expect(rules).toContain("content.table-empty");
    expect(rules).toContain("value.blank");
  });

  it("004: obsolete 2019 format is an error", async () => {
    const r = await run("check", seed("004"));
    expect(r.code).toBe(1);
    expect(r.out).toContain("错误  这份2021年度报告使用的是已废止的 2019 年试行格式");
  });
});

describe("nianbao on PDF and web pages", () => {
  const report = valid as unknown as Report;
  const issues = (r: { out: string }) => (JSON.parse(r.out) as { rule: string; cells: string[]; message: string }[]).map((i) => `${i.rule} ${i.message}`);

  it.skipIf(!hasLibreOffice())("checks and imports a PDF as it does the Word document it was printed from", async () => {
    const docxBytes = new Uint8Array(await Packer.toBuffer(renderReport(report, {})));
    const [pdf] = docxToPdf([docxBytes]);
    writeFileSync(path.join(dir, "年报.docx"), docxBytes);
    writeFileSync(path.join(dir, "年报.pdf"), pdf!);
    const fromPdf = await run("check", path.join(dir, "年报.pdf"), "--json");
    expect(fromPdf.code).toBe(0);
    expect(issues(fromPdf)).toEqual(issues(await run("check", path.join(dir, "年报.docx"), "--json")));
    const target = path.join(dir, "pdf.json");
    expect((await run("import", path.join(dir, "年报.pdf"), "-o", target)).code).toBe(0);
    const parsed = parseReportJson(readFileSync(target, "utf8"));
    expect(parsed.ok && [parsed.report.tables, parsed.report.prose]).toEqual([report.tables, report.prose]);
  }, 120_000);

  it("imports a saved web page (.html)", async () => {
    const typed = new Map<string, string>();
    const walk = (o: object, at: string) => Object.entries(o).forEach(([k, v]) => (v !== null && typeof v === "object" ? walk(v, `${at}.${k}`) : typed.set(`${at}.${k}`, String(v ?? ""))));
    walk(report.tables, "tables");
    writeFileSync(path.join(dir, "年报.html"), cmsPage(report, typed));
    const target = path.join(dir, "html.json");
    expect((await run("import", path.join(dir, "年报.html"), "-o", target)).code).toBe(0);
    const parsed = parseReportJson(readFileSync(target, "utf8"));
    expect(parsed.ok && parsed.report.tables).toEqual(report.tables);
  });

  it("says what to do with an old .doc, a scan and a picture (exit 2)", async () => {
    const { scannedPdf } = await import("../test-support/minimal-pdf");
    const cases: [string, Uint8Array, RegExp][] = [
      ["旧.doc", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), /另存为.*\.docx/],
      ["扫描.pdf", scannedPdf(), /扫描件，没有可读取的文字/],
      ["照片.jpg", new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0]), /图片/],
    ];
    for (const [name, bytes, says] of cases) {
      writeFileSync(path.join(dir, name), bytes);
      const r = await run("check", path.join(dir, name));
      expect([r.code, r.err]).toEqual([2, expect.stringMatching(says)]);
    }
  });
});
