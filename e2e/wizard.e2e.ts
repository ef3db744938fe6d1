// A clerk fills a whole report: typing, pasting from Excel, the balance check, reload, links.
import { mkdirSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { BASE, cell, cellValue, editorOn, fillCell, launch, newPage, pasteInto, total } from "./browser";
import { newReport, openStep, requestsBlock, waitSaved } from "./helpers";
import { importReport } from "../lib/import/build/import-report";
import { getPath } from "../lib/values/object-path";

let browser: Browser;
let page: Page;
const shots = "test-results";

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launch();
  page = await newPage(browser);
});
afterAll(async () => browser?.close());

const activeName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? "");
const R = (row: string, col: string) => `tables.requests.${row}.${col}`;

describe("filling a complete report", () => {
  it("starts a new report on the task list, every step 未开始", async () => {
    await newReport(page);
    const statuses = await page.locator("main [data-status]").allTextContents();
    expect(statuses).toHaveLength(8);
    expect(new Set(statuses)).toEqual(new Set(["未开始"]));
  });

  it("基本信息 feeds the title", async () => {
    await page.getByRole("button", { name: "开始填写" }).click();
    await page.getByLabel("机关名称").fill("城关镇人民政府");
    await page.getByLabel("单位类型").selectOption({ label: "乡镇人民政府" });
    await page.getByLabel("报告年度").fill("2024");
    await page.getByLabel("成文日期").fill("2025-01-20");
    await page.getByLabel("联系电话").fill("0000-1234567");
    await expect.poll(() => page.locator("header").textContent()).toContain("城关镇人民政府2024年政府信息公开工作年度报告");
    await page.getByRole("button", { name: "下一步" }).click();
  });

  it("一、总体情况 shows the government-only part and inserts filled model paragraphs", async () => {
    await page.locator("#step-heading", { hasText: "一、总体情况" }).waitFor();
    await expect.poll(() => page.getByText("工作考核、社会评议和责任追究结果情况").count()).toBeGreaterThan(0);
    const buttons = page.getByRole("button", { name: /^插入参考段落/ });
    expect(await buttons.count()).toBe(6);
    for (let i = 0; i < 6; i++) await buttons.nth(i).click();
    await page.locator("#step-heading").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/wizard-overview-1366.png` });
    expect(await page.locator('[name="prose.overview.parts.requests"]').inputValue()).toMatch(/^2024年，城关镇人民政府共收到政府信息公开申请0件/);
    await page.getByRole("button", { name: "下一步" }).click();
  });

  it("表二 by typing, Tab between cells", async () => {
    await page.locator("#step-heading", { hasText: "二、主动公开政府信息情况" }).waitFor();
    await page.focus(cell("tables.proactive.rules.issued"));
    for (const v of ["0", "0", "0", "３", "1", "25", "2", "40", "5", "0"]) {
      await page.keyboard.type(v);
      await page.keyboard.press("Tab");
    }
    expect(await cellValue(page, "tables.proactive.normativeDocs.issued")).toBe("３");
    expect(await cellValue(page, "tables.proactive.fees.amount")).toBe("0");
    await page.getByRole("button", { name: "下一步" }).click();
  });

  it("表三 by pasting an Excel block: totals computed, read-only", async () => {
    await page.locator("#step-heading", { hasText: "三、收到和处理政府信息公开申请情况" }).waitFor();
    const block = requestsBlock();
    await pasteInto(page, cell(R("received", "natural")), block.text);
    expect(await cellValue(page, R("received", "business"))).toBe(String(block.received[1]));
    expect(await cellValue(page, R("carriedForward", "otherOrg"))).toBe("1");
    await expect.poll(() => page.textContent(total(R("received", "total")))).toBe(String(block.received[6]));
    await expect.poll(() => page.textContent(total(R("outcomeTotal", "total")))).toBe(String(block.received[6]));
    expect(await page.locator(cell(R("received", "total"))).count()).toBe(0); // totals are not inputs
    await page.screenshot({ path: `${shots}/wizard-requests-1366.png` });
  });

  it("moves with Enter and arrows, skipping （七）总计", async () => {
    await page.focus(cell(R("granted", "natural")));
    await page.keyboard.press("Enter");
    expect(await activeName()).toBe(R("partlyGranted", "natural"));
    await page.focus(cell(R("otherReason", "business")));
    await page.keyboard.press("ArrowDown");
    expect(await activeName()).toBe(R("carriedForward", "business"));
  });

  it("has one editor that moves with the clerk, text selected, focus ring visible", async () => {
    const inputs = page.locator('[data-grid-box="requests"] input');
    await page.focus(cell(R("granted", "business")));
    expect(await inputs.count()).toBe(1);
    expect(await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle)).not.toBe("none");
    const before = await cellValue(page, R("granted", "business"));
    expect(before).not.toBe("");
    await page.keyboard.press("ArrowRight"); // the entered cell's text is all selected: Right moves on
    expect(await activeName()).toBe(R("granted", "research"));
    await page.keyboard.press("Shift+Tab");
    expect(await activeName()).toBe(R("granted", "business"));
    await page.keyboard.press("End");
    await page.keyboard.press("ArrowLeft"); // the caret inside the text: Left moves the caret
    expect(await activeName()).toBe(R("granted", "business"));
    await page.keyboard.press("Tab");
    expect(await inputs.count()).toBe(1);
    expect(await page.locator(editorOn(R("granted", "business"))).count()).toBe(0);
    expect(await cellValue(page, R("granted", "business"))).toBe(before); // shown as text once the editor left
    await page.click(cell(R("notHeld", "legal"))); // a click moves the editor too
    expect(await activeName()).toBe(R("notHeld", "legal"));
    expect(await inputs.count()).toBe(1);
  });

  it("the balance stays neutral while typing and turns red on 下一步", async () => {
    await fillCell(page, cell(R("carriedForward", "natural")), "５");
    const natural = page.locator('[data-balance="natural"]');
    await expect.poll(() => natural.getAttribute("aria-label")).toContain("相差 4");
    expect(await natural.getAttribute("data-state")).toBe("open");
    await page.getByRole("button", { name: "下一步" }).click();
    const list = page.locator("#step-issues");
    await list.waitFor();
    expect(await list.textContent()).toContain("本步骤有 2 处错误");
    expect(await list.textContent()).toContain("表三·自然人列：一+二 = 11，（七）总计+四 = 15，相差 4");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("step-issues");
    expect(await natural.getAttribute("data-state")).toBe("error");
    expect(await page.locator("#step-heading").textContent()).toContain("三、");
    await page.screenshot({ path: `${shots}/wizard-balance-error-1366.png` });
    await fillCell(page, cell(R("carriedForward", "natural")), "1");
    await expect.poll(() => natural.getAttribute("data-state")).toBe("ok");
    await expect.poll(() => list.textContent()).toContain("本步骤的错误已全部改正"); // the list is live
    await page.getByRole("button", { name: "下一步" }).click();
    await page.locator("#step-heading", { hasText: "四、" }).waitFor();
  });

  it("表四 with 其余空格填0", async () => {
    await fillCell(page, cell("tables.appeals.review.upheld"), "1");
    await page.getByRole("button", { name: "其余空格填0" }).click();
    expect(await cellValue(page, "tables.appeals.afterReview.pending")).toBe("0");
    expect(await cellValue(page, "tables.appeals.review.upheld")).toBe("1");
    await expect.poll(() => page.textContent(total("tables.appeals.review.total"))).toBe("1");
    await page.getByRole("button", { name: "下一步" }).click();
  });

  it("五 and 六 with 信息处理费 未收取", async () => {
    await page.locator("#step-heading", { hasText: "五、" }).waitFor();
    await page.getByRole("button", { name: /^插入参考段落/ }).click();
    await page.getByRole("button", { name: "下一步" }).click();
    await page.locator("#step-heading", { hasText: "六、" }).waitFor();
    await page.getByLabel("未收取").check();
    const buttons = page.getByRole("button", { name: /^插入参考段落/ });
    for (let i = 0; i < (await buttons.count()); i++) await buttons.nth(i).click();
    await page.fill('[name="prose.other.parts.innovation"]', "无");
    await page.fill('[name="prose.other.parts.otherMatters"]', "无");
    await page.getByRole("button", { name: "下一步" }).click();
  });

  it("检查与预览: no errors, preview drawn from the same layout, Word download allowed", async () => {
    await page.locator("#step-heading", { hasText: "检查与预览" }).waitFor();
    expect(await page.locator('[data-severity="error"]').count()).toBe(0);
    const preview = page.getByRole("article", { name: "报告预览" });
    expect(await preview.locator("h1").textContent()).toBe("城关镇人民政府2024年政府信息公开工作年度报告");
    const t3 = preview.locator('[data-preview-table="requests"]');
    expect(await t3.locator("tr").count()).toBe(28);
    expect(await t3.textContent()).toContain("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）");
    expect(await preview.textContent()).toContain("2025年1月20日");
    const word = page.getByRole("button", { name: "下载Word文档" });
    expect(await word.isDisabled()).toBe(false);
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), word.click()]);
    expect(download.suggestedFilename()).toMatch(/城关镇人民政府2024年.*\.docx$/);
    // The file built in the browser carries the report's data: it re-imports exactly (issue 16).
    const back = importReport({ name: "r.docx", bytes: new Uint8Array(readFileSync(await download.path())) });
    if (!back.ok) throw new Error(back.error);
    expect([back.embedded, back.report.unit.name, getPath(back.report, "tables.requests.granted.research")]).toEqual(["exact", "城关镇人民政府", 7]);
    await page.screenshot({ path: `${shots}/wizard-preview-1366.png`, fullPage: false });
    await preview.locator('[data-preview-section="requests"]').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/wizard-preview-table3-1366.png` });
  });

  it("reload finds everything", async () => {
    await waitSaved(page);
    await page.reload();
    await page.locator("#step-heading", { hasText: "检查与预览" }).waitFor();
    await openStep(page, "三、收到和处理政府信息公开申请情况");
    expect(await cellValue(page, R("granted", "research"))).toBe("7");
    await expect.poll(() => page.textContent(total(R("received", "total")))).toBe(String(requestsBlock().received[6]));
    await openStep(page, "基本信息");
    expect(await page.getByLabel("机关名称").inputValue()).toBe("城关镇人民政府");
    const statuses = await page.locator("aside [data-status]").allTextContents();
    expect(statuses.slice(0, 7).every((s) => s === "已完成")).toBe(true);
  });
});

describe("a bad value and the error summary", () => {
  it("keeps what was typed, says why beside the cell, and the summary link focuses it", async () => {
    await newReport(page);
    await openStep(page, "三、收到和处理政府信息公开申请情况");
    await fillCell(page, cell(R("granted", "legal")), "3.5");
    await fillCell(page, cell(R("received", "natural")), "-2");
    const list = page.getByTestId("step-issues"); // the cell left with 3.5 shows its error at once
    await list.waitFor();
    expect(await list.textContent()).toContain("件数应为整数（现为 3.5）");
    await page.focus(cell(R("received", "natural")));
    const note = page.locator(`#cell-tables-requests-received-natural-msg`);
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain("不能为负数");
    await page.screenshot({ path: `${shots}/wizard-cell-error-1366.png` });
    expect(await page.getAttribute(editorOn(R("received", "natural")), "aria-invalid")).toBe("true");
    expect(await page.getAttribute(cell(R("granted", "legal")), "aria-invalid")).toBe("true"); // a cell without the editor
    expect(await cellValue(page, R("granted", "legal"))).toBe("3.5");

    await openStep(page, "检查与预览");
    const summary = page.locator("#error-summary");
    expect(await summary.textContent()).toContain("存在以下问题");
    const items = await summary.locator("li").evaluateAll((lis) => lis.map((li) => li.getAttribute("data-severity")));
    expect(items.indexOf("warning")).toBeGreaterThan(items.lastIndexOf("error")); // errors first
    expect(await page.getByRole("button", { name: "下载Word文档" }).isDisabled()).toBe(true);
    await summary.getByRole("link", { name: /件数应为整数/ }).click();
    await page.locator("#step-heading", { hasText: "三、" }).waitFor();
    await expect.poll(activeName).toBe(R("granted", "legal"));
    await openStep(page, "检查与预览");
    await summary.getByRole("link", { name: /机关名称/ }).click();
    await expect.poll(activeName).toBe("unit.name");
  });

  it("with errors, 下载草稿 still works and 修改 opens a section", async () => {
    await openStep(page, "检查与预览");
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: "下载草稿" }).click()]);
    expect(download.suggestedFilename()).toMatch(/草稿.*\.docx$/);
    await page.getByRole("button", { name: "修改：四、政府信息公开行政复议、行政诉讼情况" }).click();
    await page.locator("#step-heading", { hasText: "四、" }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("step-heading");
  });

  it("screen readers hear the official labels", async () => {
    await openStep(page, "三、收到和处理政府信息公开申请情况");
    expect(await page.getAttribute(cell(R("received", "natural")), "aria-label")).toBe("表三 一、本年新收政府信息公开申请数量 自然人");
    await page.focus(cell(R("received", "natural")));
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe("表三 一、本年新收政府信息公开申请数量 自然人");
    expect(await page.getByLabel("表三 三、本年度办理结果 （三）不予公开 1.属于国家秘密 法人或其他组织 商业企业").count()).toBe(1);
  });
});

describe("export and import", () => {
  it("exports the draft as JSON and imports it again as a new draft", async () => {
    await openStep(page, "检查与预览");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "导出数据文件（JSON）" }).click()]);
    const file = await download.path();
    const { readFileSync } = await import("node:fs");
    const text = readFileSync(file, "utf8");
    const data = JSON.parse(text) as { schemaVersion: number; tables: { requests: { granted: { legal: unknown } } } };
    expect(data.schemaVersion).toBe(1);
    expect(data.tables.requests.granted.legal).toBe(3.5);

    await page.goto(`${BASE}/`);
    await page.locator("[data-draft]").first().waitFor();
    const before = await page.locator("[data-draft]").count();
    expect(before).toBeGreaterThanOrEqual(2);
    await page.setInputFiles("#import-json", { name: "foreign.json", mimeType: "application/json", buffer: Buffer.from('{"hello":1}') });
    await page.getByText("导入失败").waitFor();
    expect(await page.getByRole("alert").filter({ hasText: "导入失败" }).textContent()).toContain("schemaVersion");
    expect(await page.locator("[data-draft]").count()).toBe(before);

    await page.setInputFiles("#import-json", { name: "report.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await page.waitForURL(/\/report\?id=/);
    await openStep(page, "三、收到和处理政府信息公开申请情况");
    expect(await cellValue(page, R("granted", "legal"))).toBe("3.5");
    await page.goto(`${BASE}/`);
    await page.locator("[data-draft]").first().waitFor();
    expect(await page.locator("[data-draft]").count()).toBe(before + 1);
  });
});

describe("keyboard only", () => {
  it("starts a report and reaches 基本信息 without a mouse", async () => {
    await page.goto(`${BASE}/`);
    await page.locator("[data-draft]").first().waitFor();
    for (let i = 0; i < 10 && (await page.evaluate(() => document.activeElement?.textContent)) !== "新建报告"; i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByRole("heading", { name: "任务清单" }).waitFor();
    for (let i = 0; i < 30 && (await page.evaluate(() => document.activeElement?.textContent)) !== "开始填写"; i++) await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.locator("#step-heading", { hasText: "基本信息" }).waitFor();
    for (let i = 0; i < 30 && (await activeName()) !== "unit.name"; i++) await page.keyboard.press("Tab");
    await page.keyboard.type("键盘镇人民政府");
    await expect.poll(() => page.locator("header").textContent()).toContain("键盘镇人民政府");
  });
});
