// Budget (issue: import existing reports): median importReport() ≤ 50 ms for a .docx and for a text report.
import { readFileSync } from "node:fs";
import path from "node:path";
import { Packer } from "docx";
import { embedReportData } from "../lib/docx/embedded-data";
import { renderReport } from "../lib/docx/render-report";
import { importReport } from "../lib/import/import-report";
import type { Report } from "../lib/report/types";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { median, round, type BenchRow } from "./measure";

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
  return [
    { name: "importReport() .docx（年报助手生成，完整报告，按正文读取），中位数", value: round(medianMs(() => ok(importReport({ name: "r.docx", bytes: docx })))), unit: "ms", budget: "≤ 50 ms" },
    { name: "importReport() .docx（年报助手生成，带内嵌数据），中位数", value: round(medianMs(() => ok(importReport({ name: "r.docx", bytes: own })))), unit: "ms", budget: "≤ 50 ms" },
    { name: "importReport() 文本（种子 002，Word 复制文字），中位数", value: round(medianMs(() => ok(importReport({ text })))), unit: "ms", budget: "≤ 50 ms" },
  ];
}
