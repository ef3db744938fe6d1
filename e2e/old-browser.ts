// The browsers township PCs run (issue #22): Chromium 86 (360安全浏览器 13 极速模式) and 92, each driven by the
// puppeteer-core of its time (5.3.1 and 10.1.0; playwright speaks a newer protocol). Types from 10.1.0 serve both:
// the calls used here are the same in 5.3.1.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import type { Browser, ElementHandle, Page } from "puppeteer-core-10";
import { oldChromium, type OldChromium } from "../test-support/old-chromium/install";

const require = createRequire(import.meta.url);
const drivers: Record<OldChromium, string> = { "86": "puppeteer-core-5", "92": "puppeteer-core-10" };

export type OldPage = Page & { downloads: string; errors: string[] };

/** `extraArgs`: e.g. --disable-blink-features=… to take a feature away, as an older browser lacks it. */
export async function launchOld(version: OldChromium, extraArgs: string[] = []): Promise<Browser> {
  const puppeteer = require(drivers[version]) as typeof import("puppeteer-core-10");
  return puppeteer.launch({
    executablePath: oldChromium(version),
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-sync", "--no-first-run", "--lang=zh-CN", ...extraArgs],
  });
}

/** A page 1366×768 whose downloads land in a folder of their own and whose script errors are collected. */
export async function oldPage(browser: Browser, width = 1366, height = 768): Promise<OldPage> {
  const page = (await browser.newPage()) as OldPage;
  await page.setViewport({ width, height });
  page.downloads = mkdtempSync(path.join(os.tmpdir(), "nianbao-old-dl-"));
  page.errors = [];
  page.on("pageerror", (e) => page.errors.push(String((e as Error).message ?? e)));
  const cdp = await page.target().createCDPSession();
  await cdp.send("Page.setDownloadBehavior", { behavior: "allow", downloadPath: page.downloads });
  return page;
}

/** The shown element whose trimmed text is `text` (or matches it) among `selector`, for clicking like a clerk. */
export async function byText(page: Page, selector: string, text: string | RegExp): Promise<ElementHandle> {
  const handle = await page.waitForFunction(
    (sel: string, src: string, isRe: boolean) => {
      const match = (t: string) => (isRe ? new RegExp(src).test(t) : t === src);
      const shown = (el: Element) => el.getClientRects().length > 0;
      return Array.from(document.querySelectorAll(sel)).find((el) => shown(el) && match((el.textContent ?? "").trim())) ?? null;
    },
    { timeout: 20_000 },
    selector,
    typeof text === "string" ? text : text.source,
    typeof text !== "string",
  );
  return handle as ElementHandle;
}

/** The next file to appear in the page's download folder (a finished one: no .crdownload). */
export async function nextDownload(page: OldPage, before: string[], ms = 60_000): Promise<{ name: string; bytes: Uint8Array }> {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    const done = readdirSync(page.downloads).filter((f) => !before.includes(f) && !f.endsWith(".crdownload"));
    if (done[0]) return { name: done[0], bytes: new Uint8Array(readFileSync(path.join(page.downloads, done[0]))) };
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no download within ${ms} ms`);
}

export function downloaded(page: OldPage): string[] {
  return readdirSync(page.downloads);
}

export function shotsDir(): string {
  mkdirSync("test-results/old-browsers", { recursive: true });
  return "test-results/old-browsers";
}
