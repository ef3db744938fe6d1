// Render tests: the .docx opens in LibreOffice (headless → PDF), pages are numbered 「— n —」, and every table
// label of the official template and every number of the report is on the page. PNGs of the pages are kept
// under test-results/docx/ for eyeballing.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { Packer } from "docx";
import { beforeAll, describe, expect, it } from "vitest";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { readWordTables } from "../../test-support/word-tables";
import type { Report, TableValues } from "../report/types";
import type { RenderOptions } from "./options";
import { renderReport } from "./render-report";
import { convertToPdf, pdfPages, pdfText, pdfWrappedTexts, squash, tempDir, writeTemp } from "./test-utils";

const ROOT = path.resolve(__dirname, "../..");
const TEMPLATE = path.join(ROOT, "templates/gov-2021/fixtures/official-blank-template-2021.docx");
const ARTIFACTS = path.join(ROOT, "test-results/docx");
const fixture = valid as unknown as Report;
const dir = tempDir("nianbao-render-");

/** Every table cell gets its own number (7001, 7002, …), so each can be found on the page. */
function numbered(): { report: Report; numbers: string[] } {
  const report = structuredClone(fixture);
  const numbers: string[] = [];
  const visit = (o: TableValues) => {
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (v && typeof v === "object") visit(v);
      else {
        o[k] = 7001 + numbers.length;
        numbers.push(String(o[k]));
      }
    }
  };
  for (const t of Object.values(report.tables)) visit(t);
  return { report, numbers };
}

function hostile(): Report {
  const report = structuredClone(fixture);
  const big = Array.from({ length: 100 }, (_, i) => `第${i + 1}段` + "政务公开😀".repeat(166)).join("\n");
  report.prose.problems!.text = "控制字符\u0000\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uD800尾<w:p>注入</w:p>&lt;" + "\n" + big.slice(0, 100_000);
  report.preamble = "前言\u001b[31m<w:r><w:t>x</w:t></w:r>]]>";
  report.unit.name = "某镇<b>人民政府</b>";
  return report;
}

const CASES: Record<string, { report: Report; options: RenderOptions }> = {
  fixture: { report: fixture, options: {} },
  windows: { report: fixture, options: { fonts: "windows" } },
  numbered: { report: numbered().report, options: { draft: true } },
  hostile: { report: hostile(), options: { draft: true } },
};
const pdf = (name: string) => path.join(dir, `${name}.pdf`);

beforeAll(async () => {
  const files: string[] = [];
  for (const [name, c] of Object.entries(CASES)) {
    files.push(writeTemp(dir, `${name}.docx`, new Uint8Array(await Packer.toBuffer(renderReport(c.report, c.options)))));
  }
  convertToPdf(files, dir);
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const name of ["fixture", "windows"]) {
    execFileSync("pdftoppm", ["-r", "50", "-png", pdf(name), path.join(ARTIFACTS, name)]);
  }
}, 240_000);

describe("LibreOffice opens the rendered report", () => {
  it.each(Object.keys(CASES))("%s converts to PDF", (name) => {
    expect(existsSync(pdf(name))).toBe(true);
    expect(pdfPages(pdf(name))).toBeGreaterThan(0);
  });

  it("the fixture takes a sane number of pages, each numbered 「— n —」", () => {
    const pages = pdfPages(pdf("fixture"));
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(12);
    const text = squash(pdfText(pdf("fixture")));
    for (let n = 1; n <= pages; n++) expect(text).toContain(`—${n}—`);
    expect(text).toContain("示例县城关镇人民政府2024年政府信息公开工作年度报告");
    expect(text).toContain("2025年1月20日");
  });

  it("every label of the official template's tables is printed", () => {
    const texts = [squash(pdfText(pdf("fixture"))), ...pdfWrappedTexts(pdf("fixture")).map(squash)];
    const labels = new Set(readWordTables(TEMPLATE).flat(2).map((c) => c.text).filter(Boolean));
    expect(labels.size).toBeGreaterThan(50);
    const missing = [...labels].filter((l) => !texts.some((t) => t.includes(l)));
    expect(missing).toEqual([]);
  });

  it("every number of the report is printed", () => {
    const { numbers } = numbered();
    const tokens = new Set(pdfText(pdf("numbered")).split(/\s+/));
    expect(numbers.filter((n) => !tokens.has(n))).toEqual([]);
    expect(squash(pdfText(pdf("numbered")))).toContain("草稿");
  });

  it("hostile prose (control characters, markup, emoji, 100 000 characters) stays text", () => {
    const text = squash(pdfText(pdf("hostile")));
    expect(text).toContain("控制字符尾<w:p>注入</w:p>&lt;");
    expect(text).toContain("某镇<b>人民政府</b>");
    expect(text).toContain("第100段政务公开");
    expect(pdfPages(pdf("hostile"))).toBeGreaterThan(50);
  });

  it("keeps page images as artifacts", () => {
    expect(existsSync(path.join(ARTIFACTS, "fixture-1.png"))).toBe(true);
  });
});
