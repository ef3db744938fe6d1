// 审核台 in the browser (issue 14): 200 .docx reports chosen at once and reviewed by the page's Web Worker —
// the time until 「已审核 200 / 200」, and the page's responsiveness meanwhile: the longest main-thread task
// (PerformanceObserver 'longtask', budget ≤ 200 ms) and how many tasks took over 50 ms. Then a reload:
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
  }
}

export default async function bench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "nianbao-bench-review-"));
  const server = await startServer(PORT);
  const browser = await launch();
  try {
    const files = await writeManyDocx(dir, N);
    const page = await newPage(browser);
    await page.goto(`${server.url}/review`);
    await page.getByText("本批共").waitFor();
    await page.evaluate(() => {
      window.__long = [];
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
    const t1 = Date.now();
    await page.reload();
    await page.locator(`tbody tr[data-entry]`).nth(N - 1).waitFor({ timeout: 60_000 });
    const reloadMs = Date.now() - t1;
    return [
      { name: `浏览器审核 ${N} 份 .docx（${done}）`, value: round(seconds, 1), unit: "s" },
      { name: "审核期间最长的主线程任务", value: round(Math.max(0, ...long.map((l) => l.ms))), unit: "ms", budget: "≤ 200 ms" },
      { name: "审核期间超过 50 ms 的主线程任务", value: long.length, unit: "个" },
      { name: `刷新页面后重新显示 ${N} 份审核结果`, value: reloadMs, unit: "ms" },
    ];
  } finally {
    await browser.close();
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
