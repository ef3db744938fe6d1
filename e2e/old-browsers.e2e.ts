// The clerk's path in the browsers township PCs run (issue #22): Chromium 86 (360安全浏览器 13 极速模式) and 92 —
// new report, 表三 typed with Tab (totals and the balance line live), reload and find it saved, 检查与预览 and the
// Word download read back.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser } from "puppeteer-core-10";
import { importReport } from "../lib/import/build/import-report";
import { getPath } from "../lib/values/object-path";
import { BASE } from "./browser";
import { byText, downloaded, launchOld, nextDownload, oldPage, shotsDir, type OldPage } from "./old-browser";

const R = (row: string, col: string) => `tables.requests.${row}.${col}`;
const STEP3 = "三、收到和处理政府信息公开申请情况";
const COLS = ["natural", "business", "research", "nonprofit", "legal", "otherOrg"] as const;

async function openStep(page: OldPage, label: string) {
  const button = await byText(page, 'nav[aria-label="填写步骤"] button', new RegExp(`^${label}`));
  await button.click();
  await page.waitForFunction((l: string) => document.querySelector("#step-heading")?.textContent?.includes(l), {}, label);
}

const text = (page: OldPage, selector: string) => page.$eval(selector, (el) => (el.textContent ?? "").trim());
const attr = (page: OldPage, selector: string, name: string) => page.$eval(selector, (el, n) => el.getAttribute(n as string), name);

for (const version of ["86", "92"] as const) {
  describe(`Chromium ${version}: the clerk's path`, () => {
    let browser: Browser;
    let page: OldPage;
    beforeAll(async () => {
      browser = await launchOld(version);
      page = await oldPage(browser);
    });
    afterAll(async () => browser?.close());

    it("runs the app's scripts: 新建报告 opens the wizard on its task list", async () => {
      expect(await browser.version()).toContain(`Chrome/${version}.`);
      await page.goto(`${BASE}/`, { waitUntil: "load" });
      await byText(page, "p", "本浏览器中还没有草稿。"); // the drafts were read: the scripts run
      await page.screenshot({ path: `${shotsDir()}/start-${version}.png` });
      await (await byText(page, "button", "新建报告")).click();
      await page.waitForFunction(() => location.pathname === "/report" && location.search.includes("id="));
      await page.waitForFunction(() => document.querySelector("#step-heading")?.textContent?.includes("任务清单"));
      expect(page.errors).toEqual([]);
    });

    it("表三 typed with Tab: the 总计 column adds up and the balance line follows", async () => {
      await openStep(page, STEP3);
      await page.click(`[data-cell="${R("received", "natural")}"]`);
      for (const [i] of COLS.entries()) {
        await page.keyboard.type(String(10 + i));
        await page.keyboard.press("Tab");
      }
      await page.waitForFunction((p: string) => document.querySelector(`[data-path="${p}"]`)?.textContent?.trim() === "75", {}, R("received", "total"));
      await page.waitForFunction(() => document.querySelector('[data-balance="natural"]')?.getAttribute("aria-label")?.includes("一+二 = 10"));
      expect(await attr(page, '[data-balance="natural"]', "aria-label")).toBe("自然人列：一+二 = 10，（七）总计+四 = 0，相差 10");
      expect(await attr(page, '[data-balance="natural"]', "data-state")).toBe("open");
      await page.click(`[data-cell="${R("granted", "natural")}"]`);
      await page.keyboard.type("10");
      await page.keyboard.press("Tab");
      await page.waitForFunction(() => document.querySelector('[data-balance="natural"]')?.getAttribute("data-state") === "ok");
      expect(await text(page, `[data-path="${R("granted", "total")}"]`)).toBe("10");
      await page.screenshot({ path: `${shotsDir()}/requests-${version}.png` });
      expect(page.errors).toEqual([]);
    });

    it("a reload finds every typed figure saved", async () => {
      await page.waitForFunction(() => document.querySelector('[data-testid="save-status"]')?.textContent?.includes("已自动保存"), { timeout: 10_000 });
      await page.reload({ waitUntil: "load" });
      await openStep(page, STEP3);
      const shown = await page.$eval(`[data-cell="${R("received", "business")}"]`, (td) => (td.textContent ?? "").trim());
      expect(shown).toBe("11");
      expect(await text(page, `[data-path="${R("received", "total")}"]`)).toBe("75");
    });

    it("检查与预览: the draft .docx downloads and reads back with the figures typed", async () => {
      await openStep(page, "检查与预览");
      await page.screenshot({ path: `${shotsDir()}/review-step-${version}.png` });
      const before = downloaded(page);
      await (await byText(page, "button", "下载草稿")).click();
      const file = await nextDownload(page, before);
      expect(file.name).toMatch(/草稿.*\.docx$/);
      const back = importReport({ name: file.name, bytes: file.bytes });
      if (!back.ok) throw new Error(back.error);
      for (const [i, col] of COLS.entries()) expect(getPath(back.report, R("received", col))).toBe(10 + i);
      expect(getPath(back.report, R("granted", "natural"))).toBe(10);
      expect(page.errors).toEqual([]);
    });
  });
}

describe("below the floor: a plain notice, never a blank or half-working page", () => {
  const shown = (page: OldPage, id: string) => page.$eval(`#${id}`, (el) => el.getClientRects().length > 0);

  it("Chromium 86 shows the app and not the notice; every page asks dual-core browsers for their Chromium core", async () => {
    const browser = await launchOld("86");
    try {
      const page = await oldPage(browser);
      const res = await page.goto(`${BASE}/check`, { waitUntil: "load" });
      expect(res?.headers()["x-ua-compatible"]).toBe("IE=edge");
      expect(await page.$eval('meta[name="renderer"]', (m) => m.getAttribute("content"))).toBe("webkit");
      expect(await page.$eval('meta[http-equiv="X-UA-Compatible"]', (m) => m.getAttribute("content"))).toBe("IE=edge");
      expect(await shown(page, "nb-app")).toBe(true);
      expect(await shown(page, "nb-old-browser")).toBe(false);
    } finally {
      await browser.close();
    }
  });

  it("a Chromium without :focus-visible (as before 86) shows only the notice, with the browsers that work and the CLI", async () => {
    const browser = await launchOld("86", ["--disable-blink-features=CSSFocusVisible"]);
    try {
      const page = await oldPage(browser);
      await page.goto(`${BASE}/`, { waitUntil: "load" });
      expect(await page.evaluate(() => CSS.supports("selector(:focus-visible)"))).toBe(false);
      expect(await shown(page, "nb-old-browser")).toBe(true);
      expect(await shown(page, "nb-app")).toBe(false);
      const notice = await text(page, "#nb-old-browser");
      expect(notice).toContain("年报助手无法在当前浏览器中使用");
      expect(notice).toContain("360安全浏览器");
      expect(notice).toContain("极速模式");
      expect(notice).toContain("命令行工具 nianbao");
      await page.screenshot({ path: `${shotsDir()}/below-floor.png` });
    } finally {
      await browser.close();
    }
  });
});
