// The static site (issue #25): dist/web-nianbao (`npm run build:web -- --out dist/web-nianbao --base /nianbao`)
// served under /nianbao/ by a plain file server written here (no Next, no app code), as county IT drops it on
// nginx or IIS. The clerk's path, /check with a .docx, /review with a small batch, the self-check page; every
// request stays under the prefix and none is answered 404.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { Packer } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { renderReport } from "../lib/docx/render-report";
import { docxToPdf } from "../test-support/libreoffice";
import { importReport } from "../lib/import/build/import-report";
import type { Report } from "../lib/report/types";
import { getPath } from "../lib/values/object-path";
import { cell, cellValue, launch, newPage, pasteInto } from "./browser";
import { openStep, requestsBlock, waitSaved } from "./helpers";
import { serveStatic, type StaticServer } from "./static-server";

const site = path.resolve(import.meta.dirname, "../dist/web-nianbao");
const PREFIX = "/nianbao";
const R = (row: string, col: string) => `tables.requests.${row}.${col}`;

let server: StaticServer;
let browser: Browser;
let page: Page;
const failed: string[] = [];
const outside: string[] = [];
let docx: Buffer;
let pdf: Uint8Array;

beforeAll(async () => {
  if (!existsSync(path.join(site, "index.html"))) throw new Error("先运行 npm run build:web -- --out dist/web-nianbao --base /nianbao");
  server = await serveStatic(site, PREFIX);
  browser = await launch();
  page = await newPage(browser);
  page.on("response", (res) => {
    if (res.status() >= 400) failed.push(`${res.status()} ${res.url()}`);
  });
  page.on("request", (req) => {
    const u = new URL(req.url());
    if (/^https?:$/.test(u.protocol) && !u.pathname.startsWith(`${PREFIX}/`)) outside.push(req.url());
  });
  docx = await Packer.toBuffer(renderReport(valid as unknown as Report, { draft: true }));
  [pdf] = docxToPdf([new Uint8Array(docx)]) as [Uint8Array];
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe("the static site under /nianbao/", () => {
  it("the clerk's path: 新建报告, 表三, reload and find it saved, 检查与预览, the Word file", async () => {
    await page.goto(`${server.url}/`);
    await page.getByRole("button", { name: "新建报告" }).click();
    await page.waitForURL(/\/nianbao\/report\/\?id=/);
    await page.getByRole("heading", { name: "任务清单" }).waitFor();
    await openStep(page, "三、收到和处理政府信息公开申请情况");
    const block = requestsBlock();
    await pasteInto(page, cell(R("received", "natural")), block.text);
    await waitSaved(page);
    expect(new URL(page.url()).pathname).toBe("/nianbao/report/"); // the step's address keeps the prefix
    await page.reload();
    await page.locator("#step-heading", { hasText: "三、" }).waitFor();
    expect(await cellValue(page, R("granted", "natural"))).toBe(String(block.granted[0]));
    await openStep(page, "检查与预览");
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: "下载草稿" }).click()]);
    expect(download.suggestedFilename()).toMatch(/草稿.*\.docx$/);
    const back = importReport({ name: "r.docx", bytes: new Uint8Array(readFileSync(await download.path())) });
    if (!back.ok) throw new Error(back.error);
    expect(getPath(back.report, R("granted", "business"))).toBe(block.granted[1]);
  });

  it("/check reads a .docx in its worker", async () => {
    await page.goto(`${server.url}/check/`);
    await page.getByLabel("上传报告文件").setInputFiles({ name: "城关镇.docx", mimeType: "application/octet-stream", buffer: docx });
    await page.getByTestId("check-result").waitFor({ timeout: 60_000 });
    expect(await page.locator("main").textContent()).toContain(`${valid.year}年度`);
  });

  it("/check reads a PDF with pdf.js in its worker, its character maps from under the prefix", async () => {
    await page.goto(`${server.url}/check/`);
    await page.getByLabel("上传报告文件").setInputFiles({ name: "城关镇.pdf", mimeType: "application/pdf", buffer: Buffer.from(pdf) });
    await page.getByTestId("check-result").waitFor({ timeout: 60_000 });
    expect(await page.locator("main").textContent()).toContain(`${valid.unit.name} · ${valid.year}年度`);
  });

  it("/review reviews a small batch", async () => {
    await page.goto(`${server.url}/review/`);
    await page.getByRole("heading", { name: "审核台", level: 1 }).waitFor();
    await page.locator("#current-files").setInputFiles([
      { name: "甲.docx", mimeType: "application/octet-stream", buffer: docx },
      { name: "乙.docx", mimeType: "application/octet-stream", buffer: docx },
    ]);
    await page.getByTestId("review-done").waitFor({ timeout: 120_000 });
    expect(await page.locator("tbody tr[data-entry]").count()).toBe(2);
  });

  it("安装自检 says every check works", async () => {
    await page.goto(`${server.url}/self-check/`);
    const summary = page.getByTestId("self-check-summary");
    await expect.poll(() => summary.textContent(), { timeout: 90_000 }).not.toBe("正在检查……");
    const says = await page.locator("[data-check]").evaluateAll((els) => els.map((e) => [e.getAttribute("data-check"), e.getAttribute("data-ok"), e.textContent]));
    expect(says.filter((s) => s[1] !== "true")).toEqual([]);
    expect(await summary.textContent()).toBe("全部正常：本浏览器可以使用年报助手的全部功能。");
  });

  it("every page loads under the prefix, its links and icon keep it, and the pages hold the policy", async () => {
    for (const p of ["/", "/report/", "/check/", "/review/", "/self-check/"]) {
      await page.goto(`${server.url}${p}`);
      await page.waitForLoadState("networkidle");
      const hrefs = await page.locator("a[href^='/'], link[rel=icon]").evaluateAll((els) => els.map((e) => e.getAttribute("href")!));
      expect(hrefs.filter((h) => !h.startsWith(`${PREFIX}/`))).toEqual([]);
      const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute("content");
      expect(csp).toContain("default-src 'self'");
      expect(await page.locator("body").textContent()).not.toMatch(/服务器/);
    }
    await page.getByRole("link", { name: "检查已有报告" }).first().click();
    await page.waitForURL(`${server.url}/check/`);
    expect(failed).toEqual([]);
    expect(outside).toEqual([]);
    expect(server.requests.every((p) => p.startsWith(`${PREFIX}/`))).toBe(true);
  });
});

describe("the static site at the root of a web server (dist/web, npm run build without a prefix)", () => {
  it("新建报告 opens the wizard at /report/, and the links and icon point at the root", async () => {
    const rootSite = await serveStatic(path.resolve(import.meta.dirname, "../dist/web"), "");
    const failedHere: string[] = [];
    const own = await newPage(browser);
    own.on("response", (res) => {
      if (res.status() >= 400) failedHere.push(`${res.status()} ${res.url()}`);
    });
    try {
      await own.goto(`${rootSite.url}/`);
      expect(await own.locator("link[rel=icon]").getAttribute("href")).toBe("/icon.svg");
      await own.getByRole("button", { name: "新建报告" }).click();
      await own.waitForURL(/127\.0\.0\.1:\d+\/report\/\?id=/);
      await own.getByRole("heading", { name: "任务清单" }).waitFor();
      expect(failedHere).toEqual([]);
    } finally {
      await own.close();
      await rootSite.stop();
    }
  });
});
