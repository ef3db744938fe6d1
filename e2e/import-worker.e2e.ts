// Imports never freeze a page: on /check and on the start page a heavy file (a report with 150 000 extra
// paragraphs) is read in a Web Worker — no main-thread task over 200 ms (PerformanceObserver 'longtask'),
// the progress line shows, 「取消」 ends the reading and leaves the page usable, and a normal file reads after.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Packer } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { renderReport } from "../lib/docx/render-report";
import { editPart, withoutEmbeddedData } from "../test-support/docx-packages";
import type { Report } from "../lib/report/types";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { BASE, launch, newPage } from "./browser";

const seeds = path.resolve(import.meta.dirname, "../templates/gov-2021/fixtures/seeds");
const dir = mkdtempSync(path.join(tmpdir(), "nianbao-e2e-worker-"));
const HEAVY = path.join(dir, "很长的报告.docx");
let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  const docx = withoutEmbeddedData(new Uint8Array(await Packer.toBuffer(renderReport(valid as unknown as Report))));
  const extra = Array.from({ length: 150_000 }, (_, i) => `<w:p><w:r><w:t>第${i}段补充说明。</w:t></w:r></w:p>`).join("");
  writeFileSync(HEAVY, editPart(docx, (xml) => xml.replace("<w:sectPr", `${extra}<w:sectPr`)));
});
afterAll(async () => browser?.close());

/**
 * A fresh page that records every main-thread task over 50 ms (the browser's 'longtask' entries) per path in
 * sessionStorage, so the start page's record survives its navigation to the new draft.
 */
async function watchedPage(url: string): Promise<Page> {
  page = await newPage(browser);
  await page.addInitScript(() => {
    const key = `longTasks:${location.pathname}`;
    new PerformanceObserver((list) => {
      const seen = JSON.parse(sessionStorage.getItem(key) ?? "[]") as number[];
      sessionStorage.setItem(key, JSON.stringify([...seen, ...list.getEntries().map((e) => e.duration)]));
    }).observe({ type: "longtask", buffered: true });
  });
  await page.goto(url);
  await page.waitForLoadState("networkidle");
  return page;
}
const resetLongTasks = () => page.evaluate(() => sessionStorage.setItem(`longTasks:${location.pathname}`, "[]"));
const longTasks = (pathname: string) => page.evaluate((p) => JSON.parse(sessionStorage.getItem(`longTasks:${p}`) ?? "[]") as number[], pathname);
const status = () => page.getByTestId("import-status");

/** Delays the import worker's script, so a reading is surely still running when 取消 is clicked. */
const slowWorker = (p: Page) =>
  p.route(/import[._-]worker/, async (route) => {
    await new Promise((r) => setTimeout(r, 3000));
    await route.continue().catch(() => undefined);
  });

describe("/check reads in a worker", () => {
  it("a heavy .docx: the progress line shows and no main-thread task exceeds 200 ms", async () => {
    await watchedPage(`${BASE}/check`);
    await resetLongTasks();
    await page.getByLabel("上传报告文件").setInputFiles(HEAVY);
    await expect.poll(() => status().textContent()).toBe("正在读取“很长的报告.docx”……");
    await page.getByTestId("import-status").waitFor({ state: "detached", timeout: 60_000 });
    await expect.poll(() => page.locator("main").textContent()).toMatch(/很长的报告\.docx/); // a result or a refusal, shown
    expect(Math.max(0, ...(await longTasks("/check")))).toBeLessThan(200);
    // The observer does see a frozen page: a 300 ms task on the page's thread is recorded.
    await page.evaluate(() =>
      setTimeout(() => {
        const t0 = performance.now();
        while (performance.now() - t0 < 300);
      }),
    );
    await expect.poll(async () => Math.max(0, ...(await longTasks("/check")))).toBeGreaterThanOrEqual(300);
  });

  it("取消 ends the reading, says so, and the page reads the next file", async () => {
    await watchedPage(`${BASE}/check`);
    await slowWorker(page);
    await page.getByLabel("上传报告文件").setInputFiles(HEAVY);
    await page.getByRole("button", { name: "取消" }).click();
    await expect.poll(() => status().textContent()).toBe("已取消读取“很长的报告.docx”，页面没有任何改动。");
    expect(await page.getByTestId("check-result").count()).toBe(0);
    await page.unrouteAll();
    await page.getByLabel("或粘贴报告全文").fill("仍可输入");
    await page.getByLabel("上传报告文件").setInputFiles(path.join(seeds, "002.txt"));
    await page.getByTestId("check-result").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("import-status").count()).toBe(0);
  });
});

describe("the start page reads in a worker", () => {
  it("导入报告数据文件 with a heavy .docx: no main-thread task over 200 ms, and a draft or a refusal", async () => {
    await watchedPage(`${BASE}/`);
    await resetLongTasks();
    await page.getByLabel(/选择以前从年报助手导出的数据文件/).setInputFiles(HEAVY);
    await expect.poll(() => status().textContent()).toBe("正在读取“很长的报告.docx”……");
    const done = await Promise.race([
      page.waitForURL(/\/report\?id=/, { timeout: 60_000 }).then(() => "draft"),
      page.getByRole("alert").filter({ hasText: "导入失败" }).waitFor({ timeout: 60_000 }).then(() => "refused"),
    ]);
    expect(["draft", "refused"]).toContain(done);
    expect(Math.max(0, ...(await longTasks("/")))).toBeLessThan(200);
  });

  it("取消 on 以上年报告为基础新建 leaves the start page as it was; a normal file then makes the draft", async () => {
    await watchedPage(`${BASE}/`);
    await slowWorker(page);
    await page.getByLabel(/选择上年度的报告/).setInputFiles(HEAVY);
    await page.getByRole("button", { name: "取消" }).click();
    await expect.poll(() => status().textContent()).toBe("已取消读取“很长的报告.docx”，页面没有任何改动。");
    expect(page.url()).toBe(`${BASE}/`);
    expect(await page.getByRole("alert").filter({ hasText: "读取失败" }).count()).toBe(0); // (Next's route announcer is an alert too)
    await page.unrouteAll();
    await page.getByLabel(/选择上年度的报告/).setInputFiles(path.resolve(import.meta.dirname, "../templates/gov-2021/fixtures/valid-report.json"));
    await page.waitForURL(/\/report\?id=/);
    await expect.poll(() => page.locator("header").textContent()).toContain("2025年政府信息公开工作年度报告");
  });
});
