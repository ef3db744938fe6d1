// 审核台 in the browser (issue 14): 200 .docx reports chosen at once and reviewed by the page's Web Worker
// (年报助手's own, which carry their data, and the same without it, read from text and tables like a document
// from another program) —
// the time until 「已审核 200 / 200」, and the page's responsiveness meanwhile: the longest main-thread task
// (PerformanceObserver 'longtask', budget ≤ 200 ms; also without the browser's own task of taking the chosen
// files, which ends where the page's change event begins) and how many tasks took over 50 ms. Then a reload:
// the time until the stored batch is shown again. Assumes a production build; serves it on :3232 (or
// BENCH_REVIEW_PORT). The 200 reports are rendered by lib/docx into a temporary folder first.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startServer } from "../e2e/server";
import { launch, newPage } from "../e2e/browser";
import { writeManyDocx } from "../e2e/review-county";
import { round, type BenchRow } from "./measure";

const PORT = Number(process.env.BENCH_REVIEW_PORT ?? 3232);
const N = 200;

declare global {
  interface Window {
    __long: { start: number; ms: number }[];
    __change: number;
  }
}

type Page = Awaited<ReturnType<typeof newPage>>;

async function run(page: Page, url: string, files: string[], label: string): Promise<BenchRow[]> {
  await page.goto(`${url}/review`);
  await page.getByText("本批共").waitFor();
  await page.evaluate(() => {
    window.__long = [];
    window.__change = Infinity;
    document.addEventListener("change", () => (window.__change = Math.min(window.__change, performance.now())), { capture: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__long.push({ start: e.startTime, ms: e.duration });
    }).observe({ type: "longtask" });
  });
  const t0 = Date.now();
  await page.locator("#current-files").setInputFiles(files);
  await page.getByTestId("review-done").waitFor({ timeout: 600_000 });
  const seconds = (Date.now() - t0) / 1000;
  const done = await page.getByTestId("review-done").getByTestId("progress-count").textContent();
  const long = await page.evaluate(() => window.__long);
  // The browser's own work of taking the chosen files (before the page's change event) is not the page's.
  const change = await page.evaluate(() => window.__change);
  const ours = long.filter((l) => l.start + l.ms > change + 1);
  const t1 = Date.now();
  await page.reload();
  await page.locator(`tbody tr[data-entry]`).nth(files.length - 1).waitFor({ timeout: 60_000 });
  const reloadMs = Date.now() - t1;
  await page.getByRole("button", { name: "清空" }).click();
  await page.getByRole("button", { name: "确定清空" }).click();
  await page.getByText("尚未载入报告。").waitFor();
  return [
    { name: `${label}：浏览器审核（${done}）`, value: round(seconds, 1), unit: "s" },
    { name: `${label}：审核期间最长的主线程任务`, value: round(Math.max(0, ...long.map((l) => l.ms))), unit: "ms", budget: "≤ 200 ms" },
    { name: `${label}：其中页面自己的最长任务（文件交给页面之后）`, value: round(Math.max(0, ...ours.map((l) => l.ms))), unit: "ms" },
    { name: `${label}：审核期间超过 50 ms 的主线程任务`, value: long.length, unit: "个" },
    { name: `${label}：刷新页面后重新显示全部审核结果`, value: reloadMs, unit: "ms" },
  ];
}

export default async function bench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "nianbao-bench-review-"));
  const server = await startServer(PORT);
  const browser = await launch();
  try {
    const own = await writeManyDocx(path.join(dir, "own"), N);
    const foreign = await writeManyDocx(path.join(dir, "foreign"), N, true);
    const page = await newPage(browser);
    return [
      ...(await run(page, server.url, own, `${N} 份年报助手生成的 .docx（带报告数据）`)),
      ...(await run(page, server.url, foreign, `${N} 份其他程序的 .docx（按文字和表格读取）`)),
    ];
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
