// Wizard budgets (issue: wizard): keystroke → next paint on 表三 in Chromium at 4× CPU throttling
// (p95 ≤ 16 ms over ≥ 200 keystrokes) and first-load JavaScript per page route (≤ 150 kB gzip,
// without the docx library). Assumes a production build (npm run build); serves it on :3211.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { startServer } from "../e2e/server";
import { launch, newPage } from "../e2e/browser";
import { percentile, round, type BenchRow } from "./measure";

const KEYSTROKES = 240;

declare global {
  interface Window {
    __lat: number[];
    __next: Promise<void>;
  }
}

async function openRequestsStep(page: Page, base: string) {
  await page.goto(`${base}/`);
  await page.getByRole("button", { name: "新建报告" }).click();
  await page.waitForURL(/\/report\?id=/);
  const id = new URL(page.url()).searchParams.get("id")!;
  await page.goto(`${base}/report?id=${id}&step=requests`);
  await page.locator('[name="tables.requests.received.natural"]').waitFor();
}

/** keydown → the frame after the next paint (rAF + setTimeout 0), in the page's own clock. */
async function keystrokeLatencies(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    window.__lat = [];
    window.__next = Promise.resolve();
    document.addEventListener(
      "keydown",
      () => {
        const t0 = performance.now();
        window.__next = new Promise((done) =>
          requestAnimationFrame(() =>
            setTimeout(() => {
              window.__lat.push(performance.now() - t0);
              done();
            }, 0),
          ),
        );
      },
      { capture: true },
    );
  });
  const rows = ["received", "carriedOver", "granted", "stateSecret", "notHeld", "petition", "otherReason", "carriedForward"];
  const cols = ["natural", "business", "research", "nonprofit", "legal", "otherOrg"];
  for (let i = 0; i < KEYSTROKES; i++) {
    if (i % 2 === 0) await page.focus(`[name="tables.requests.${rows[(i >> 1) % rows.length]}.${cols[(i >> 4) % cols.length]}"]`);
    await page.keyboard.press(i % 2 === 0 ? String((i >> 1) % 10) : "Backspace");
    await page.evaluate(() => window.__next);
  }
  return page.evaluate(() => window.__lat);
}

async function firstLoadJs(base: string, route: string): Promise<{ gzip: number; docx: boolean }> {
  const html = await (await fetch(base + route)).text();
  const srcs = [...new Set([...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g)].map((m) => m[1]!))];
  let gzip = 0;
  let docx = false;
  for (const src of srcs) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    gzip += gzipSync(body, { level: 9 }).length;
    // The docx library carries the OOXML namespaces; none of it may load before 下载Word文档.
    docx ||= body.includes("schemas.openxmlformats.org/wordprocessingml");
  }
  return { gzip, docx };
}

function pageRoutes(): string[] {
  const manifest = JSON.parse(readFileSync(path.join(import.meta.dirname, "../.next/app-path-routes-manifest.json"), "utf8")) as Record<string, string>;
  return Object.entries(manifest)
    .filter(([k, v]) => k.endsWith("/page") && !v.startsWith("/_"))
    .map(([, v]) => v)
    .sort();
}

export default async function bench(): Promise<BenchRow[]> {
  const server = await startServer(3211);
  const browser = await launch();
  try {
    const rows: BenchRow[] = [];
    for (const route of pageRoutes()) {
      const { gzip, docx } = await firstLoadJs(server.url, route);
      rows.push({ name: `首次加载 JS ${route}（gzip）`, value: round(gzip / 1024, 1), unit: "kB", budget: "≤ 150 kB" });
      rows.push({ name: `首次加载 JS ${route} 含 docx 库`, value: docx ? 1 : 0, unit: "（0 = 不含）", budget: "0" });
    }
    const page = await newPage(browser);
    await openRequestsStep(page, server.url);
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    const lat = await keystrokeLatencies(page);
    rows.push(
      { name: `表三 按键→下一帧 p50（4× CPU 降速，${lat.length} 次）`, value: round(percentile(lat, 50)), unit: "ms" },
      { name: `表三 按键→下一帧 p95（4× CPU 降速，${lat.length} 次）`, value: round(percentile(lat, 95)), unit: "ms", budget: "≤ 16 ms" },
      { name: "表三 按键→下一帧 最大", value: round(Math.max(...lat)), unit: "ms" },
    );
    return rows;
  } finally {
    await browser.close();
    await server.stop();
  }
}
