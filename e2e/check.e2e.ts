// A county reviewer checks existing reports on /check and opens one in the wizard.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { BASE, cellValue, launch, newPage } from "./browser";

const seeds = path.resolve(import.meta.dirname, "../templates/gov-2021/fixtures/seeds");
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser);
});
afterAll(async () => browser?.close());

describe("检查已有报告", () => {
  it("uploads the obsolete-format seed and names the 2019 markers", async () => {
    await page.goto(`${BASE}/check`);
    await page.getByLabel("上传报告文件").setInputFiles(path.join(seeds, "004.txt"));
    await expect.poll(() => page.locator('[data-rule="format.obsolete-2019"]').count()).toBe(1);
    const text = (await page.locator("main").textContent()) ?? "";
    expect(text).toContain("本年新制作数量");
    expect(text).toContain("政府集中采购");
  });

  it("pastes seed 000 and reports the missing 表二", async () => {
    await page.goto(`${BASE}/check`);
    await page.getByLabel("或粘贴报告全文").fill(readFileSync(path.join(seeds, "000.txt"), "utf8"));
    await page.getByRole("button", { name: "检查粘贴的文字" }).click();
    await expect.poll(() => page.locator('[data-rule="structure.missing-table"]').count()).toBe(1);
    expect(await page.locator("main").textContent()).not.toContain("structure.missing-table"); // ids are not shown
  });

  it("refuses garbage with a Chinese message", async () => {
    await page.goto(`${BASE}/check`);
    await page.getByLabel("上传报告文件").setInputFiles({ name: "x.docx", mimeType: "application/octet-stream", buffer: Buffer.from("not a zip at all") });
    await expect.poll(() => page.getByRole("alert").first().textContent()).toMatch(/无法读取文件：x\.docx/);
  });

  it("opens a checked report in the wizard as a draft", async () => {
    await page.goto(`${BASE}/check`);
    await page.getByLabel("上传报告文件").setInputFiles(path.join(seeds, "002.txt"));
    await page.getByRole("button", { name: "在向导中打开修改" }).click();
    await page.waitForURL(/\/report\?id=/);
    await expect.poll(() => page.locator("header").textContent()).toContain("官庄镇");
  });
});

describe("以上年报告为基础新建", () => {
  it("turns last year's report into a draft for the next year with 上年结转 carried over", async () => {
    const lastYear = path.resolve(import.meta.dirname, "../templates/gov-2021/fixtures/valid-report.json"); // 2024, 四 自然人 = 3
    await page.goto(`${BASE}/`);
    await page.getByLabel(/选择上年度的报告/).setInputFiles(lastYear);
    await page.waitForURL(/\/report\?id=/);
    await expect.poll(() => page.locator("header").textContent()).toContain("示例县城关镇人民政府2025年政府信息公开工作年度报告");
    const id = new URL(page.url()).searchParams.get("id")!;
    await page.goto(`${BASE}/report?id=${id}&step=requests`);
    await expect.poll(() => cellValue(page, "tables.requests.carriedOver.natural")).toBe("3");
    expect(await cellValue(page, "tables.requests.received.natural")).toBe("");
  });

  it("refuses an unreadable file and changes nothing", async () => {
    await page.goto(`${BASE}/`);
    await page.getByLabel(/选择上年度的报告/).setInputFiles({ name: "old.docx", mimeType: "application/octet-stream", buffer: Buffer.from("garbage") });
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("现有草稿没有任何改动");
    expect(page.url()).toBe(`${BASE}/`);
  });
});
