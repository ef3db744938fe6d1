// Budget (issue: docx renderer): renderReport + Packer.toBuffer ≤ 30 ms per full report in Node (median).
import { Packer } from "docx";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { embedReportData } from "../lib/docx/embedded-data";
import { renderReport } from "../lib/docx/render-report";
import type { Report } from "../lib/report/types";
import { median, percentile, round, type BenchRow } from "./measure";

const fixture = valid as unknown as Report;

function variants(n: number): Report[] {
  // Distinct reports: other units, numbers and a longer 五、 each, so nothing is cached between them.
  return Array.from({ length: n }, (_, i) => {
    const r = structuredClone(fixture);
    r.unit.name = `示例县第${i + 1}镇人民政府`;
    (r.tables.requests as Record<string, Record<string, number>>).received!.natural! += i % 50;
    r.prose.problems!.text += "\n" + "进一步加强政府信息公开工作。".repeat(1 + (i % 20));
    return r;
  });
}

async function renderOnce(r: Report): Promise<number> {
  const t0 = performance.now();
  await Packer.toBuffer(renderReport(r));
  return performance.now() - t0;
}

/** As pack.ts and browser.ts write it: with the embedded data part (lib/docx/embedded-data.ts). */
async function renderWithDataOnce(r: Report): Promise<number> {
  const t0 = performance.now();
  embedReportData(new Uint8Array(await Packer.toArrayBuffer(renderReport(r))), r);
  return performance.now() - t0;
}

export default async function bench(): Promise<BenchRow[]> {
  for (let i = 0; i < 20; i++) await renderOnce(fixture); // warm up
  const times: number[] = [];
  for (let i = 0; i < 100; i++) times.push(await renderOnce(fixture));
  const withData: number[] = [];
  for (let i = 0; i < 100; i++) withData.push(await renderWithDataOnce(fixture));
  const many = variants(1000);
  const t0 = performance.now();
  let bytes = 0;
  for (const r of many) bytes += (await Packer.toBuffer(renderReport(r))).byteLength;
  const totalMs = performance.now() - t0;
  return [
    { name: "renderReport + Packer.toBuffer 完整报告，每份中位数", value: round(median(times)), unit: "ms", budget: "≤ 30 ms" },
    { name: "renderReport + Packer.toBuffer 完整报告，95 百分位", value: round(percentile(times, 95)), unit: "ms" },
    { name: "同上，加内嵌数据（embedReportData），每份中位数", value: round(median(withData)), unit: "ms", budget: "≤ 30 ms" },
    { name: "生成 1 000 份报告，总耗时", value: round(totalMs / 1000), unit: "s" },
    { name: "生成 1 000 份报告，每份平均", value: round(totalMs / many.length), unit: "ms", budget: "≤ 30 ms" },
    { name: "（1 000 份 .docx 合计大小）", value: round(bytes / 1048576), unit: "MB" },
  ];
}
