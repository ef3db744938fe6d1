// Wizard budgets (issue: wizard): keystroke → next paint on 表三 in Chromium at 4× CPU throttling
// (p95 ≤ 16 ms over ≥ 200 keystrokes) and first-load JavaScript per page route (≤ 150 kB gzip,
// without the docx library). Assumes a production build (npm run build); serves it on :3211.
import { readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { startServer } from "../e2e/server";
import { launch, newPage } from "../e2e/browser";
import { newReport } from "../e2e/helpers";
import { percentile, round, type BenchRow } from "./measure";

const KEYSTROKES = 240;

declare global {
  interface Window {
    __lat: number[];
    __next: Promise<void>;
  }
}

async function openRequestsStep(page: Page, base: string) {
  const id = await newReport(page, base);
  await page.goto(`${base}/report?id=${id}&step=requests`);
  await page.locator('[name="tables.requests.received.natural"]').waitFor();
}

/** keydown → the frame after the next paint (rAF + setTimeout 0), in the page's own clock. */
async function instrument(page: Page) {
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
}

/** The floor of this harness: a key the page ignores (Shift), same measurement. */
async function idleKeyLatencies(page: Page, n: number): Promise<number[]> {
  await page.evaluate(() => (window.__lat = []));
  await page.focus('[name="tables.requests.granted.natural"]');
  for (let i = 0; i < n; i++) {
    await page.keyboard.press("Shift");
    await page.evaluate(() => window.__next);
  }
  return page.evaluate(() => window.__lat);
}

/** Control: a plain <input> (no React, no form) put on the same page, same keystrokes. */
async function plainInputLatencies(page: Page, n: number): Promise<number[]> {
  await page.evaluate(() => {
    window.__lat = [];
    const plain = document.createElement("input");
    plain.id = "bench-plain";
    document.querySelector("main")!.prepend(plain);
  });
  await page.focus("#bench-plain");
  for (let i = 0; i < n; i++) {
    await page.keyboard.press(i % 2 === 0 ? "7" : "Backspace");
    await page.evaluate(() => window.__next);
  }
  return page.evaluate(() => window.__lat);
}

/** Control: a static HTML table of 25×7 inputs (no JS at all) on a blank page, same keystrokes. */
async function staticTableLatencies(page: Page, n: number): Promise<number[]> {
  const row = (r: number) =>
    `<tr><th>一、本年新收政府信息公开申请数量</th>${Array.from({ length: 7 }, (_, c) => `<td><input name="c${r}-${c}"${r === 2 && c === 0 ? ' id="x"' : ""}></td>`).join("")}</tr>`;
  await page.setContent(`<table border="1">${Array.from({ length: 25 }, (_, r) => row(r)).join("")}</table>`);
  await instrument(page);
  await page.focus("#x");
  for (let i = 0; i < n; i++) {
    await page.keyboard.press(i % 2 === 0 ? "7" : "Backspace");
    await page.evaluate(() => window.__next);
  }
  return page.evaluate(() => window.__lat);
}

/** The app's own share: input handler + React render (synchronous), then the layout it causes. */
async function appWork(page: Page): Promise<{ js: number[]; layout: number[] }> {
  return page.evaluate(async () => {
    const el = document.querySelector<HTMLInputElement>('[name="tables.requests.notHeld.legal"]')!;
    el.focus();
    const js: number[] = [];
    const layout: number[] = [];
    for (let i = 0; i < 60; i++) {
      const t0 = performance.now();
      el.value = i % 2 ? "" : String(i % 10);
      el.dispatchEvent(new Event("input", { bubbles: true }));
      const t1 = performance.now();
      void document.body.offsetHeight;
      js.push(t1 - t0);
      layout.push(performance.now() - t1);
      await new Promise((r) => setTimeout(r, 30));
    }
    return { js, layout };
  });
}

async function keystrokeLatencies(page: Page): Promise<number[]> {
  await page.evaluate(() => (window.__lat = []));
  const rows = ["received", "carriedOver", "granted", "stateSecret", "notHeld", "petition", "otherReason", "carriedForward"];
  const cols = ["natural", "business", "research", "nonprofit", "legal", "otherOrg"];
  for (let i = 0; i < KEYSTROKES; i++) {
    if (i % 2 === 0) await page.focus(`[name="tables.requests.${rows[(i >> 1) % rows.length]}.${cols[(i >> 4) % cols.length]}"]`);
    await page.keyboard.press(i % 2 === 0 ? String((i >> 1) % 10) : "Backspace");
    await page.evaluate(() => window.__next);
  }
  return page.evaluate(() => window.__lat);
}

/** Every script the page has loaded so far (HTML's and on-demand chunks), gzip-summed. */
async function loadedJs(page: Page, base: string): Promise<number> {
  const urls = await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((u) => u.endsWith(".js")));
  let gzip = 0;
  for (const u of new Set(urls)) gzip += gzipSync(Buffer.from(await (await fetch(new URL(new URL(u).pathname, base))).arrayBuffer()), { level: 9 }).length;
  return gzip;
}

async function firstLoadJs(base: string, route: string): Promise<{ gzip: number; docx: boolean }> {
  const html = await (await fetch(base + route)).text();
  // Scripts the page loads in a modern browser (the noModule polyfill chunk is skipped by Chrome/Edge).
  const tags = [...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]).filter((t) => !/noModule/i.test(t));
  const srcs = [...new Set(tags.flatMap((t) => /src="([^"]+\.js)"/.exec(t)?.[1] ?? []))];
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
    rows.push({ name: "打开 表三 时已加载的全部 JS（含按需加载，gzip）", value: round((await loadedJs(page, server.url)) / 1024, 1), unit: "kB" });
    await page.waitForTimeout(1500); // let the idle prefetch of the other steps finish
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
    await instrument(page);
    const floor = await idleKeyLatencies(page, 60);
    const work = await appWork(page);
    const lat = await keystrokeLatencies(page);
    const plain = await plainInputLatencies(page, 120);
    const staticTable = await staticTableLatencies(page, 120);
    rows.push(
      { name: "对照：无操作按键（Shift）→下一帧 p95（同一测法的下限）", value: round(percentile(floor, 95)), unit: "ms" },
      { name: "对照：同页普通 <input>（无 React）按键→下一帧 p50", value: round(percentile(plain, 50)), unit: "ms" },
      { name: "对照：同页普通 <input>（无 React）按键→下一帧 p95", value: round(percentile(plain, 95)), unit: "ms" },
      { name: "对照：纯 HTML 25×7 输入框表格（无 JS）按键→下一帧 p50", value: round(percentile(staticTable, 50)), unit: "ms" },
      { name: "对照：纯 HTML 25×7 输入框表格（无 JS）按键→下一帧 p95", value: round(percentile(staticTable, 95)), unit: "ms" },
      { name: "应用自身：输入处理+React 渲染 中位数（4× 降速）", value: round(percentile(work.js, 50)), unit: "ms" },
      { name: "应用自身：由此引起的布局 中位数（4× 降速）", value: round(percentile(work.layout, 50)), unit: "ms" },
    );
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
