// The static site under /nianbao/ in Chromium 86 (360安全浏览器 13 极速模式; issue #22's floor, issue #25's
// site): the scripts run from the plain file server, 新建报告 opens the wizard at the prefixed address, and the
// self-check page's four checks (IndexedDB, a .docx, the import worker, pdf.js) all pass in that browser.
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "puppeteer-core-10";
import { byText, launchOld, oldPage, type OldPage } from "./old-browser";
import { serveStatic, type StaticServer } from "./static-server";

const site = path.resolve(import.meta.dirname, "../dist/web-nianbao");
let server: StaticServer;
let browser: Browser;
let page: OldPage;

beforeAll(async () => {
  if (!existsSync(path.join(site, "index.html"))) throw new Error("先运行 npm run build:web -- --out dist/web-nianbao --base /nianbao");
  server = await serveStatic(site, "/nianbao");
  browser = await launchOld("86");
  page = await oldPage(browser);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the static site in Chromium 86", () => {
  it("新建报告 opens the wizard under the prefix", async () => {
    await page.goto(`${server.url}/`, { waitUntil: "load" });
    await byText(page, "p", "本浏览器中还没有草稿。");
    await (await byText(page, "button", "新建报告")).click();
    await page.waitForFunction(() => location.pathname === "/nianbao/report/" && location.search.includes("id="));
    await page.waitForFunction(() => document.querySelector("#step-heading")?.textContent?.includes("任务清单"));
    expect(page.errors).toEqual([]);
  });

  it("安装自检: every check passes", async () => {
    await page.goto(`${server.url}/self-check/`, { waitUntil: "load" });
    await page.waitForFunction(() => document.querySelector("[data-testid=self-check-summary]")?.textContent !== "正在检查……", { timeout: 90_000 });
    const failed = await page.$$eval("[data-check]", (els) => els.filter((e) => e.getAttribute("data-ok") !== "true").map((e) => e.textContent));
    expect(failed).toEqual([]);
    expect(await page.$eval("[data-testid=self-check-summary]", (e) => e.textContent)).toBe("全部正常：本浏览器可以使用年报助手的全部功能。");
    expect(page.errors).toEqual([]);
    expect(server.requests.every((p) => p.startsWith("/nianbao/"))).toBe(true);
  });
});
