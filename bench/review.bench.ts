// Budgets (issue #14, 审核台): review of 200 .docx reports in Node ≤ 10 s (on the 2-core machine: in one thread,
// and as `nianbao review` runs it, on worker threads); the county
// roll-up of 1 000 reports ≤ 50 ms; the CLI's cold start for `check` of one .docx ≤ 300 ms (median of the real
// command, compiled by npm run build:cli; wall-clock, so the machine's load is printed beside it).
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { renderDocxBuffer } from "../lib/docx/pack";
import { readPdfNode } from "../lib/import/readers/pdf/read-pdf-node";
import { withoutEmbeddedData } from "../test-support/docx-packages";
import { reviewBatch } from "../lib/review/review-batch";
import { reviewFile } from "../lib/review/review-file";
import { rollUp } from "../lib/review/roll-up";
import type { ReviewEntry, ReviewFile } from "../lib/review/types";
import { unitReport, type Unit } from "../test-support/generated-county";
import { median, round, type BenchRow } from "./measure";

const unit = (n: number): Unit => ({ n, name: `示例县第${n}镇人民政府`, kind: "township", roster: `第${n}镇` });

/** Wall seconds, and CPU seconds of this process (which the machine's load does not inflate). */
async function reviewSeconds(files: ReviewFile[]): Promise<{ wall: number; cpu: number }> {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const entries: ReviewEntry[] = [];
  for (const f of files) entries.push(await reviewFile(f, readPdfNode));
  reviewBatch(entries, {});
  if (entries.some((e) => e.status !== "pass")) throw new Error("bench: a generated report did not pass");
  const c = process.cpuUsage(c0);
  return { wall: (performance.now() - t0) / 1000, cpu: (c.user + c.system) / 1e6 };
}

function rollUpMs(entries: ReviewEntry[]): number {
  for (let i = 0; i < 3; i++) rollUp(entries, { year: 2024 });
  const times: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    rollUp(entries, { year: 2024 });
    times.push(performance.now() - t0);
  }
  return median(times);
}

/** user + sys CPU of one run (GNU time), which the machine's load does not inflate; null without /usr/bin/time. */
function cpuMs(bin: string, docx: string): number | null {
  const r = spawnSync("/usr/bin/time", ["-f", "%U %S", process.execPath, bin, "check", docx], { encoding: "utf8" });
  const m = /([\d.]+) ([\d.]+)\s*$/.exec(r.stderr ?? "");
  return r.status === 0 && m ? (Number(m[1]) + Number(m[2])) * 1000 : null;
}

function coldStartMs(docx: string): { wall: number; cpu: number | null } {
  const root = path.resolve(import.meta.dirname, "..");
  execFileSync(process.execPath, [path.join(root, "scripts/build-cli.mjs")], { stdio: "pipe" }); // what npm run build makes
  const bin = path.join(root, "cli/nianbao.mjs");
  const times: number[] = [];
  for (let i = 0; i < 11; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bin, "check", docx], { encoding: "utf8" });
    times.push(performance.now() - t0);
    if (r.status !== 0) throw new Error(`bench: check exited ${r.status}: ${r.stderr}`);
  }
  const cpu = Array.from({ length: 5 }, () => cpuMs(bin, docx));
  return { wall: median(times), cpu: cpu.includes(null) ? null : median(cpu as number[]) };
}

/** `nianbao review <folder>` as a county runs it (compiled, worker threads on every core), start to finish. */
function cliReviewSeconds(folder: string): number {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.resolve(import.meta.dirname, "../cli/nianbao.mjs"), "review", folder], { encoding: "utf8", maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`bench: review exited ${r.status}: ${r.stderr}`);
  return (performance.now() - t0) / 1000;
}

export default async function bench(): Promise<BenchRow[]> {
  const own: ReviewFile[] = [];
  for (let n = 1; n <= 200; n++) own.push({ name: `第${n}镇.docx`, bytes: new Uint8Array(await renderDocxBuffer(unitReport(unit(n)))) });
  const foreign = own.map((f) => ({ ...f, bytes: withoutEmbeddedData(f.bytes) })); // read from the visible text
  const ownS = await reviewSeconds(own);
  const foreignS = await reviewSeconds(foreign);
  const thousand: ReviewEntry[] = [];
  const one = await reviewFile(own[0]!, readPdfNode);
  for (let n = 1; n <= 1000; n++) {
    const report = unitReport(unit(n));
    thousand.push({ ...one, id: `r${n}`, unit: report.unit.name, report });
  }
  const dir = mkdtempSync(path.join(tmpdir(), "nianbao-bench-"));
  const docx = path.join(dir, "第1镇.docx");
  writeFileSync(docx, own[0]!.bytes);
  const cold = coldStartMs(docx); // also builds dist/cli
  const folder = path.join(dir, "其他软件");
  mkdirSync(folder);
  for (const f of foreign) writeFileSync(path.join(folder, f.name), f.bytes);
  const cli = cliReviewSeconds(folder);
  return [
    { name: "审核 200 份 .docx（年报助手生成，含内嵌数据；单线程）", value: round(ownS.wall), unit: "s", budget: "≤ 10 s" },
    { name: "审核 200 份 .docx（其他软件生成，按正文读取；单线程）", value: round(foreignS.wall), unit: "s", budget: "≤ 10 s" },
    { name: "同上，CPU 时间", value: round(foreignS.cpu), unit: "s" },
    { name: `nianbao review 200 份其他软件生成的 .docx（编译后的命令行，${availableParallelism()} 核并行）`, value: round(cli), unit: "s", budget: "≤ 10 s" },
    { name: "汇总 1 000 份报告", value: round(rollUpMs(thousand)), unit: "ms", budget: "≤ 50 ms" },
    { name: `命令行冷启动 nianbao check 一份 .docx（中位数，当前负载 ${round(loadavg()[0]!, 1)}）`, value: round(cold.wall, 0), unit: "ms", budget: "≤ 300 ms" },
    ...(cold.cpu === null ? [] : [{ name: "同上，进程 CPU 时间（user+sys，中位数）", value: round(cold.cpu, 0), unit: "ms" }]),
  ];
}
