// Budget (issue: import existing reports): median importReport() ≤ 50 ms for a .docx and for a text report;
// (issue 12) a PDF of about six pages read in Node (pdf.js + lattice + paragraphs) ≤ 300 ms; a web page.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Packer } from "docx";
import { embedReportData } from "../lib/docx/embedded-data";
import { renderReport } from "../lib/docx/render-report";
import fc from "fast-check";
import { renderDocxBuffer } from "../lib/docx/pack";
import { importFile } from "../lib/import/build/import-file";
import { importReport } from "../lib/import/build/import-report";
import { readPdfNode } from "../lib/import/readers/pdf/read-pdf-node";
import { cmsPage } from "../test-support/cms-page";
import { textShapeCases } from "../test-support/field-corpus/text-shapes";
import { reportArb } from "../test-support/generated-reports";
import { docxToPdf, hasLibreOffice } from "../test-support/libreoffice";
import type { Report } from "../lib/report/types";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { median, round, type BenchRow } from "./measure";

async function medianMsAsync(fn: () => Promise<void>, runs = 20): Promise<number> {
  for (let i = 0; i < 3; i++) await fn(); // warm up (pdf.js loads its worker code once)
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** A generated report with wrapped prose, printed by LibreOffice to about six pages. */
async function sixPagePdf(): Promise<{ bytes: Uint8Array; pages: number }> {
  const reports = fc.sample(reportArb(9_999, true), { numRuns: 4, seed: 6 });
  const pdfs = docxToPdf(await Promise.all(reports.map(async (r) => new Uint8Array(await renderDocxBuffer(r, { draft: true })))));
  const counted = await Promise.all(pdfs.map(async (bytes) => ({ bytes, pages: (await readPdfNode(bytes)).ok ? ((await readPdfNode(bytes)) as { pages: unknown[] }).pages.length : 0 })));
  return counted.sort((a, b) => Math.abs(a.pages - 6) - Math.abs(b.pages - 6))[0]!;
}

function medianMs(fn: () => void, runs = 40): number {
  for (let i = 0; i < 5; i++) fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return median(times);
}

export default async function bench(): Promise<BenchRow[]> {
  const report = valid as unknown as Report;
  // Without the data part: a foreign document, or one edited after download (the visible text is read).
  const docx = new Uint8Array(await Packer.toBuffer(renderReport(report, {})));
  const own = embedReportData(docx, report); // as 年报助手 writes it (lib/docx/pack.ts)
  const seeds = path.resolve(import.meta.dirname, "../templates/gov-2021/fixtures/seeds");
  const text = readFileSync(path.join(seeds, "002.txt"), "utf8");
  const ok = (r: ReturnType<typeof importReport>) => {
    if (!r.ok) throw new Error(r.error);
  };
  const typed = new Map<string, string>();
  const walk = (o: object, at: string) => Object.entries(o).forEach(([k, v]) => (v !== null && typeof v === "object" ? walk(v, `${at}.${k}`) : typed.set(`${at}.${k}`, String(v ?? ""))));
  walk(valid.tables, "tables");
  const html = cmsPage(valid as unknown as Report, typed);
  // Issue #21: Markdown as a PDF converter writes it (pipe tables), and a whole report on one line (crawler text).
  const shapes = await textShapeCases();
  const pasted = (cause: string) => {
    const c = shapes.find((k) => k.cause === cause && "pasted" in k.input)!;
    return (c.input as { pasted: string }).pasted;
  };
  const [markdown, oneLine] = [pasted("markdown"), pasted("one-line")];
  const rows: BenchRow[] = [];
  if (hasLibreOffice()) {
    const pdf = await sixPagePdf();
    const readOnly = await medianMsAsync(async () => void (await readPdfNode(pdf.bytes)));
    rows.push(
      { name: `importFile() PDF（${pdf.pages} 页，LibreOffice 打印，Node 中 pdf.js 读取），中位数`, value: round(await medianMsAsync(async () => ok(await importFile("r.pdf", pdf.bytes, readPdfNode)))), unit: "ms", budget: "≤ 300 ms" },
      { name: "  其中 pdf.js 取文字与表格线，中位数", value: round(readOnly), unit: "ms" },
    );
  } else rows.push({ name: "importFile() PDF：未安装 LibreOffice，无法生成 PDF", value: 0, unit: "" });
  return [
    ...rows,
    { name: "importReport() 网页（内容管理系统发布的完整页面），中位数", value: round(medianMs(() => ok(importReport({ html })))), unit: "ms", budget: "≤ 50 ms" },
    { name: "importReport() .docx（年报助手生成，完整报告，按正文读取），中位数", value: round(medianMs(() => ok(importReport({ name: "r.docx", bytes: docx })))), unit: "ms", budget: "≤ 50 ms" },
    { name: "importReport() .docx（年报助手生成，带内嵌数据），中位数", value: round(medianMs(() => ok(importReport({ name: "r.docx", bytes: own })))), unit: "ms", budget: "≤ 50 ms" },
    { name: "importReport() 文本（种子 002，Word 复制文字），中位数", value: round(medianMs(() => ok(importReport({ text })))), unit: "ms", budget: "≤ 50 ms" },
    { name: "importReport() Markdown（PDF 转换工具输出，管道表格），中位数", value: round(medianMs(() => ok(importReport({ text: markdown })))), unit: "ms", budget: "≤ 50 ms" },
    { name: "importReport() 整篇一行的文本（爬虫），中位数", value: round(medianMs(() => ok(importReport({ text: oneLine })))), unit: "ms", budget: "≤ 50 ms" },
  ];
}
