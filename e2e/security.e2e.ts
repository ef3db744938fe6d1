// Every response carries the security headers, the strict policy breaks nothing a clerk does (no CSP
// violation while filling, checking and downloading), no request leaves for another host, and the render
// route refuses another site's page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { BASE, launch, newPage } from "./browser";
import { newReport, openStep } from "./helpers";

let browser: Browser;
let page: Page;
const violations: string[] = [];
const foreign: string[] = [];

beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser);
  page.on("console", (m) => {
    if (/Content Security Policy|Refused to/.test(m.text())) violations.push(m.text());
  });
  page.on("request", (r) => {
    if (!r.url().startsWith(BASE) && !/^(data|blob):/.test(r.url())) foreign.push(r.url());
  });
});
afterAll(async () => browser?.close());

const EXPECTED = {
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
};

describe("security headers", () => {
  it.each(["/", "/check", "/report", "/no-such-page"])("%s carries them", async (route) => {
    const res = await fetch(`${BASE}${route}`);
    for (const [k, v] of Object.entries(EXPECTED)) expect(res.headers.get(k), k).toBe(v);
    const csp = res.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain("'unsafe-eval'"); // production build: no eval
    expect(res.headers.get("permissions-policy")).toContain("camera=()");
  });

  it("the API carries them too and refuses another site's page", async () => {
    const res = await fetch(`${BASE}/api/report/docx`, {
      method: "POST",
      body: JSON.stringify(valid),
      headers: { "Content-Type": "application/json", Origin: "https://evil.example" },
    });
    expect(res.status).toBe(403);
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    const text = await fetch(`${BASE}/api/report/docx`, { method: "POST", body: JSON.stringify(valid), headers: { "Content-Type": "text/plain" } });
    expect(text.status).toBe(415);
  });
});

describe("the strict policy breaks nothing", () => {
  it("filling, checking, previewing and downloading raise no CSP violation and reach no other host", async () => {
    await newReport(page);
    await openStep(page, "基本信息");
    await page.getByLabel("机关名称").fill("<img src=x onerror=alert(1)>城关镇");
    await openStep(page, "检查与预览");
    await page.getByRole("article", { name: "报告预览" }).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: "下载草稿" }).click()]);
    expect(download.suggestedFilename()).toMatch(/草稿.*\.docx$/);
    await page.goto(`${BASE}/check`);
    await page.getByLabel("或粘贴报告全文").fill("城关镇2024年政府信息公开工作年度报告\n一、总体情况\n正文");
    await page.getByRole("button", { name: "检查粘贴的文字" }).click();
    await page.getByTestId("check-result").waitFor();
    expect(violations).toEqual([]);
    expect(foreign).toEqual([]);
    expect(await page.evaluate(() => document.querySelectorAll("img[src=x]").length)).toBe(0);
  });
});
