// The wizard can be trusted with the clerk's work (issue #23): autosave is not stopped by a wall clock that steps
// back; a draft that no longer validates opens in a recovery view; with every browser storage blocked the wizard
// works in memory and says so; a step still holding last year's text is never 已完成; hidden characters typed,
// pasted or imported never reach the data, and user text is shown bidi-isolated.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { BASE, CHROMIUM_ARGS, cell, cellValue, launch, pasteInto } from "./browser";
import { renderDocxBuffer } from "../lib/docx/pack";
import { withTotals } from "../lib/grid/totals";
import { validateReport } from "../lib/report/parse-report-json";
import { setPath } from "../lib/values/object-path";
import { gov2021 } from "../templates/gov-2021";
import { withForgedData } from "../test-support/docx-packages";
import { newReport, openStep, readStoredDrafts, writeStoredDrafts } from "./helpers";

let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  browser = await launch();
  context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true, locale: "zh-CN" });
});
afterAll(async () => browser?.close());

const PREFIX = "nianbao.draft.";
const storedText = async (page: Page, id: string) => (await readStoredDrafts(page)).find(([k]) => k === PREFIX + id)?.[1] ?? "";
const storedReport = async (page: Page, id: string) => (JSON.parse(await storedText(page, id)) as { report: typeof valid }).report;
const envelope = (id: string, report: unknown) => JSON.stringify({ draftVersion: 2, id, savedAt: "2025-01-20T08:00:00.000Z", revision: 1, writer: "e2e", report });

describe("a wall clock that steps back", () => {
  it("does not stop autosave: the change is stored within two seconds, as if the clock had not moved", async () => {
    const page = await context.newPage();
    const id = await newReport(page);
    await openStep(page, "基本信息");
    await page.getByLabel("机关名称").fill("城关镇人民政府");
    await page.getByTestId("save-status").filter({ hasText: "已自动保存" }).waitFor({ timeout: 5000 });
    // A keystroke, then the system clock is set back an hour (NTP, a clerk fixing the date) before the save is due.
    await page.getByLabel("机关名称").fill("东关镇人民政府");
    await page.evaluate(() => {
      const real = Date.now.bind(Date);
      Date.now = () => real() - 3_600_000;
    });
    await expect.poll(async () => (await storedReport(page, id)).unit.name, { timeout: 2000, interval: 100 }).toBe("东关镇人民政府");
    await page.close();
  });
});

describe("a draft that no longer validates", () => {
  it("opens in a recovery view: what is readable, 导出原始数据, 以可读内容新建草稿 naming the dropped fields", async () => {
    const page = await context.newPage();
    await page.goto(`${BASE}/`);
    const broken = { ...structuredClone(valid), schemaVersion: 9, year: "二〇二四", signature: "某某" };
    const raw = envelope("broken1", broken);
    await writeStoredDrafts(page, [[PREFIX + "broken1", raw]]);
    await page.reload();
    const item = page.locator('[data-draft="broken1"]');
    await item.getByRole("link", { name: /查看与恢复/ }).click();
    const view = page.getByTestId("draft-recovery");
    await view.waitFor();
    expect(await view.textContent()).toContain("数据版本 9");
    expect(await view.getByTestId("dropped-fields").textContent()).toBe("以下 2 项无法读出，新草稿中将留空：报告年度、signature。其余内容均可读出，见下方预览。");
    // What is readable: the preview of the report as far as it can be read.
    expect(await view.getByRole("article", { name: "报告预览" }).textContent()).toContain(valid.prose.overview.parts.proactive.slice(0, 20));

    const [download] = await Promise.all([page.waitForEvent("download"), view.getByRole("button", { name: "导出原始数据" }).click()]);
    expect(readFileSync((await download.path())!, "utf8")).toBe(raw);

    await view.getByRole("button", { name: "以可读内容新建草稿" }).click();
    await page.waitForURL((u) => u.searchParams.get("id") !== null && u.searchParams.get("id") !== "broken1");
    await expect.poll(() => page.locator("header").textContent()).toContain(valid.unit.name);
    const id = new URL(page.url()).searchParams.get("id")!;
    const made = await storedReport(page, id);
    expect(made.prose).toEqual(valid.prose);
    expect((made as { notes?: string[] }).notes).toContain("由无法读取的草稿恢复：报告年度、signature 未能读出，已留空，请重新填写");
    expect(await storedText(page, "broken1")).toBe(raw); // the original is never touched
    await page.close();
  });
});

describe("a browser with every storage blocked", () => {
  it("works in memory with a persistent warning that nothing is saved and a one-click export", async () => {
    // Chromium itself with every site's data blocked (the content setting a policy sets): localStorage throws
    // SecurityError, IndexedDB fails to open, Web Locks are refused.
    const profile = mkdtempSync(path.join(tmpdir(), "nianbao-nostorage-"));
    mkdirSync(path.join(profile, "Default"));
    writeFileSync(path.join(profile, "Default", "Preferences"), JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
    const blocked = await chromium.launchPersistentContext(profile, { executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS, viewport: { width: 1366, height: 768 }, acceptDownloads: true, locale: "zh-CN" });
    onTestFinished(() => rmSync(profile, { recursive: true, force: true }));
    const page = await blocked.newPage();
    await page.goto(`${BASE}/`);
    expect(await page.evaluate(() => { try { return String(localStorage.length); } catch (e) { return (e as Error).name; } })).toBe("SecurityError");
    await expect.poll(() => page.getByTestId("no-storage").textContent()).toContain("关闭或刷新页面后将全部丢失");
    await page.getByRole("button", { name: "新建报告" }).click();
    await page.waitForURL(/\/report\?id=/);
    const warning = page.getByTestId("no-storage");
    await warning.waitFor();
    await openStep(page, "基本信息");
    await page.getByLabel("机关名称").fill("城关镇人民政府");
    await openStep(page, "一、总体情况");
    await openStep(page, "基本信息");
    expect(await page.getByLabel("机关名称").inputValue()).toBe("城关镇人民政府");
    expect(await page.getByTestId("save-status").textContent()).toBe("未保存：本浏览器禁止保存数据，内容只在本页中");
    expect(await warning.isVisible()).toBe(true);
    const [download] = await Promise.all([page.waitForEvent("download"), warning.getByRole("button", { name: "导出数据文件" }).click()]);
    expect(JSON.parse(readFileSync((await download.path())!, "utf8")).unit.name).toBe("城关镇人民政府");
    // Back to the start page and into the draft again, within the page: still there.
    await page.getByRole("link", { name: "年报助手" }).click();
    await page.locator("[data-draft]").getByRole("link", { name: /继续填写/ }).click();
    await openStep(page, "基本信息");
    expect(await page.getByLabel("机关名称").inputValue()).toBe("城关镇人民政府");
    await blocked.close();
  });
});

describe("a step whose paragraphs are still last year's text", () => {
  it("is never 已完成 in the task list; it is 有问题 once 检查与预览 lists them", async () => {
    const page = await context.newPage();
    await page.goto(`${BASE}/`);
    const report = { ...structuredClone(valid), lastYear: { year: valid.year - 1, tables: {}, prose: structuredClone(valid.prose) } };
    await writeStoredDrafts(page, [[PREFIX + "carried1", envelope("carried1", report)]]);
    await page.goto(`${BASE}/report?id=carried1&step=overview`);
    await page.locator("#step-heading").waitFor();
    const status = (label: string) => page.locator("aside").getByRole("button", { name: new RegExp(`^${label}`) }).locator("[data-status]").textContent();
    await expect.poll(() => status("一、总体情况")).toBe("进行中");
    await openStep(page, "检查与预览");
    await expect.poll(() => page.getByText(`这段文字与 ${valid.year - 1} 年度报告完全相同`).first().isVisible()).toBe(true);
    await expect.poll(() => status("一、总体情况")).toBe("有问题");
    await page.close();
  });
});

describe("text hygiene at the wizard's doors", () => {
  it("a field typed or pasted with hidden characters shows and saves the clean text", async () => {
    const page = await context.newPage();
    const id = await newReport(page);
    await openStep(page, "基本信息");
    const name = page.getByLabel("机关名称");
    await name.fill("\u202e城关镇\u200b人民政府\ufffe");
    expect(await name.inputValue()).toBe("城关镇人民政府");
    await page.locator("#preamble").fill("根据\u2066《条例》\u2069规定，\u0007编制本报告。");
    await page.getByLabel("联系电话").fill("  0000-1234567\u200d  ");
    await page.getByLabel("机关名称").focus(); // leaving 联系电话: trimmed
    expect(await page.getByLabel("联系电话").inputValue()).toBe("0000-1234567");
    await expect
      .poll(async () => {
        const r = await storedReport(page, id);
        return [r.unit.name, r.preamble, r.contact.phone];
      }, { timeout: 5000 })
      .toEqual(["城关镇人民政府", "根据《条例》规定，编制本报告。", "0000-1234567"]);
    // The name in the header is isolated from the words after it.
    expect(await page.locator("header bdi").first().textContent()).toBe("城关镇人民政府");
    await page.close();
  });

  it("an imported data file with a bidi override and a noncharacter in the unit name opens clean", async () => {
    const page = await context.newPage();
    await page.goto(`${BASE}/`);
    const doc = { ...structuredClone(valid), unit: { ...valid.unit, name: "\u202e示例县\u200b城关镇人民政府\uffff" } };
    await page.getByLabel(/选择以前从年报助手导出的数据文件/).setInputFiles({ name: "报告\u202e.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(doc)) });
    await page.waitForURL(/\/report\?id=/);
    const id = new URL(page.url()).searchParams.get("id")!;
    await expect.poll(() => page.locator("header bdi").first().textContent()).toBe("示例县城关镇人民政府");
    expect((await storedReport(page, id)).unit.name).toBe("示例县城关镇人民政府");
    await page.close();
  });
});

describe("text hygiene on the grid's paste", () => {
  it("a block pasted from Excel with a zero-width space and a bidi override fills the clean numbers", async () => {
    const page = await context.newPage();
    const id = await newReport(page);
    await page.goto(`${BASE}/report?id=${id}&step=requests`);
    await pasteInto(page, cell("tables.requests.received.natural"), "1\u200b2\t\u202e3\r\n");
    await expect.poll(() => cellValue(page, "tables.requests.received.natural")).toBe("12");
    expect(await cellValue(page, "tables.requests.received.business")).toBe("3");
    await page.close();
  });
});

describe("/check: what is imported is what is printed", () => {
  it("a .docx made here with its data part replaced is checked as printed (999), says so, and shows the name isolated", async () => {
    const fixture = validateReport(valid);
    if (!fixture.ok) throw new Error(fixture.error);
    const printed = withTotals(setPath(fixture.report, "tables.requests.received.natural", 999), gov2021);
    const forged = withForgedData(new Uint8Array(await renderDocxBuffer(printed, { draft: true })), fixture.report);
    const page = await context.newPage();
    await page.goto(`${BASE}/check`);
    await page.getByLabel("上传报告文件").setInputFiles({ name: "2024年政府信息公开工作年度报告.docx", mimeType: "application/octet-stream", buffer: Buffer.from(forged) });
    const finding = page.locator('[data-rule="import.embedded-mismatch"]');
    await expect.poll(() => finding.count(), { timeout: 15_000 }).toBe(1);
    expect(await finding.textContent()).toContain("文档中附带的报告数据与文档文字不一致（数据可能被替换过），已按文档文字读取");
    const carried = fixture.report.tables.requests.carriedOver as Record<string, number>;
    expect(await page.locator("main").textContent()).toContain(`表三·自然人列：一+二 = ${999 + carried.natural!}，`);
    expect(await page.locator("h2 bdi").first().textContent()).toBe(valid.unit.name);
    await page.close();
  });
});
