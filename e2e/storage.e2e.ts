// Never lose a clerk's work: two tabs on one draft (one edits, the other follows read-only and can take
// over; nothing either typed is lost), a full browser storage (said where the save status is, with the
// draft exported in one click, and saved once space is freed), a GBK data file imported on the home page.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { BASE, launch } from "./browser";
import { newReport, openStep } from "./helpers";
import { encodeGbk } from "../test-support/gbk";

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true, locale: "zh-CN" });
});
afterAll(async () => browser?.close());

const saved = (page: Page) => page.getByTestId("save-status").filter({ hasText: "已自动保存" }).waitFor({ timeout: 8000 });

/**
 * A full disk as the page meets it: IndexedDB's readwrite transactions and localStorage's writes throw
 * QuotaExceededError while `window.__diskFull` is set (Chromium's own quota override does not refuse
 * writes to an origin that already stores data, so the storage APIs are made to answer as a full disk does).
 */
async function fullDisk(page: Page, full: boolean) {
  await page.evaluate((on) => {
    const w = window as unknown as { __diskFull?: boolean; __patched?: boolean };
    w.__diskFull = on;
    if (w.__patched) return;
    w.__patched = true;
    const quota = () => new DOMException("The quota has been exceeded.", "QuotaExceededError");
    const tx = IDBDatabase.prototype.transaction;
    IDBDatabase.prototype.transaction = function (this: IDBDatabase, ...args: Parameters<typeof tx>) {
      if (w.__diskFull && args[1] === "readwrite") throw quota();
      return tx.apply(this, args);
    } as typeof tx;
    const set = Storage.prototype.setItem;
    Storage.prototype.setItem = function (this: Storage, k: string, v: string) {
      if (w.__diskFull) throw quota();
      return set.call(this, k, v);
    };
  }, full);
}

describe("two tabs on one draft", () => {
  it("the second tab follows read-only, takes over on request, and both tabs' fields survive", async () => {
    const a = await context.newPage();
    const id = await newReport(a);
    await a.goto(`${BASE}/report?id=${id}&step=basics`);
    await a.getByLabel("机关名称").waitFor();

    const b = await context.newPage();
    await b.goto(`${BASE}/report?id=${id}&step=basics`);
    const banner = b.getByTestId("edit-mode");
    await expect.poll(() => banner.textContent()).toContain("正在另一个窗口中编辑");
    expect(await b.getByLabel("机关名称").isDisabled()).toBe(true);

    // A types; B follows live.
    await a.getByLabel("机关名称").fill("城关镇人民政府");
    await saved(a);
    await expect.poll(() => b.getByLabel("机关名称").inputValue(), { timeout: 8000 }).toBe("城关镇人民政府");

    // B takes over; A is told and becomes read-only.
    await b.getByRole("button", { name: "在此窗口编辑" }).click();
    await expect.poll(() => b.getByLabel("联系部门").isDisabled()).toBe(false);
    await expect.poll(() => a.getByTestId("edit-mode").textContent()).toContain("已在另一个窗口中继续编辑");
    expect(await a.getByLabel("联系部门").isDisabled()).toBe(true);
    await b.getByLabel("联系部门").fill("党政办公室");
    await saved(b);

    await a.reload();
    await a.getByLabel("机关名称").waitFor();
    expect(await a.getByLabel("机关名称").inputValue()).toBe("城关镇人民政府");
    expect(await a.getByLabel("联系部门").inputValue()).toBe("党政办公室");
    await a.close();
    await b.close();
  });
});

describe("a full browser storage", () => {
  it("says the save failed, offers the draft as a file, and saves once space is freed", async () => {
    const page = await context.newPage();
    const id = await newReport(page);
    await openStep(page, "基本信息");
    await fullDisk(page, true);
    const text = "开头段落".repeat(700); // ~2 800 characters, as in the issue
    await page.getByLabel(/开头段落/).fill(text);
    const status = page.getByTestId("save-status");
    await expect.poll(() => status.getAttribute("data-save"), { timeout: 8000 }).toBe("failed");
    expect(await status.textContent()).toContain("未能保存：浏览器存储空间已满");
    expect(await status.textContent()).not.toContain("已自动保存");
    const [download] = await Promise.all([page.waitForEvent("download"), status.getByRole("button", { name: "导出数据文件" }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.json$/);

    // Space freed: the next save goes through and a reload finds the text.
    await fullDisk(page, false);
    await page.getByLabel(/开头段落/).fill(text + "。");
    await saved(page);
    await page.goto(`${BASE}/report?id=${id}&step=basics`);
    expect(await page.getByLabel(/开头段落/).inputValue()).toBe(text + "。");
    await page.close();
  });

  it("新建报告 with a full storage says so and opens nothing", async () => {
    const page = await context.newPage();
    await page.goto(`${BASE}/`);
    await fullDisk(page, true);
    await page.getByRole("button", { name: "新建报告" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent()).toContain("浏览器存储空间已满");
    expect(page.url()).toBe(`${BASE}/`);
    await page.close();
  });
});

describe("the same decoding at every door", () => {
  it("a GBK data file imported on the home page keeps its Chinese", async () => {
    const page = await context.newPage();
    await page.goto(`${BASE}/`);
    const gbk = encodeGbk(JSON.stringify(valid));
    await page.getByLabel(/选择以前从年报助手导出的数据文件/).setInputFiles({ name: "gbk.json", mimeType: "application/json", buffer: Buffer.from(gbk) });
    await page.waitForURL(/\/report\?id=/);
    await expect.poll(() => page.locator("header").textContent()).toContain("示例县城关镇人民政府");
    await page.close();
  });
});
