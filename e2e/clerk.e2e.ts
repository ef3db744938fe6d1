// What a clerk on an office laptop does with mouse and keyboard, and what the wizard must never get wrong:
// re-editing a cell, the live error list, pastes from a spreadsheet, Tab/Enter at the end of a table,
// no errors before the clerk had a chance, the draft list, and the small things (focus rings, hints, 404).
import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { gov2021 } from "../templates/gov-2021";
import type { GridTable } from "../lib/format/types";
import { BASE, cell, cellValue, editorOn, fillCell, launch, newPage, pasteInto, total } from "./browser";
import { newReport, openStep, requestsBlock, waitSaved } from "./helpers";

let browser: Browser;
let page: Page;
const shots = "test-results";
const R = (row: string, col: string) => `tables.requests.${row}.${col}`;
const activeName = () => page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name ?? "");
const heading = () => page.locator("#step-heading").textContent();
const list = () => page.getByTestId("step-issues");

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launch();
  page = await newPage(browser);
});
afterAll(async () => browser?.close());

/** Like a clerk: a click on the cell, then the keys. */
async function clickType(path: string, text: string) {
  await page.click(cell(path));
  await page.keyboard.type(text);
}

describe("re-editing a cell", () => {
  it("typing over the cell edited last replaces its value (23 over 22 gives 23, not 2322)", async () => {
    await newReport(page);
    await openStep(page, "二、主动公开政府信息情况");
    const c = "tables.proactive.licensing.decisions";
    await clickType(c, "22");
    await page.click("#step-heading"); // somewhere else on the page
    await clickType(c, "23");
    expect(await cellValue(page, c)).toBe("23");
    await clickType("tables.proactive.penalty.decisions", "5");
    await clickType(c, "24"); // back from another cell: the same
    expect(await cellValue(page, c)).toBe("24");
    await page.click(editorOn(c)); // a click into the editor being typed in places the caret
    await page.keyboard.press("End");
    await page.keyboard.type("0");
    expect(await cellValue(page, c)).toBe("240");
  });
});

describe("no error before the clerk had a chance", () => {
  it("a new report: nothing red on 基本信息, no 有问题 badge, until 下一步", async () => {
    await newReport(page);
    await openStep(page, "基本信息");
    await page.waitForTimeout(600); // past the check's pause
    expect(await page.locator('main [aria-invalid="true"]').count()).toBe(0);
    expect(await page.locator("main .text-red-700").count()).toBe(0);
    expect(await page.locator('aside [data-status="有问题"]').count()).toBe(0);
    await page.getByLabel("机关名称").focus();
    await page.keyboard.press("Tab"); // leaving an empty field is no mistake yet
    await page.waitForTimeout(400);
    expect(await page.locator('aside [data-status="有问题"]').count()).toBe(0);
    await page.getByRole("button", { name: "下一步" }).click();
    expect(await heading()).toContain("基本信息"); // stopped once, with the list
    expect(await list().textContent()).toContain("请填写机关名称");
    expect(await page.locator('aside [data-status="有问题"]').first().textContent()).toBe("有问题");
  });

  it("表三: a bad entry shows once the clerk leaves the cell, not while typing", async () => {
    await openStep(page, "三、收到和处理政府信息公开申请情况");
    await clickType(R("granted", "natural"), "abc");
    await page.waitForTimeout(700);
    expect(await page.locator(editorOn(R("granted", "natural"))).getAttribute("aria-invalid")).toBeNull();
    expect(await list().count()).toBe(0);
    expect(await page.locator('aside [data-status]').nth(3).textContent()).not.toBe("有问题");
    await page.keyboard.press("Tab");
    await expect.poll(() => page.getAttribute(cell(R("granted", "natural")), "aria-invalid")).toBe("true");
    expect(await list().textContent()).toContain("“abc”不是数字");
    expect(await page.locator('aside [data-status]').nth(3).textContent()).toBe("有问题");
  });
});

describe("the step's one error list", () => {
  it("holds 表三's balance and cell problems, its links focus the cell without a new history entry, and it updates live", async () => {
    await newReport(page);
    await openStep(page, "三、收到和处理政府信息公开申请情况");
    await pasteInto(page, cell(R("received", "natural")), requestsBlock().text);
    await fillCell(page, cell(R("carriedForward", "business")), "5"); // business column off by 4
    await fillCell(page, cell(R("notHeld", "legal")), "2.5"); // a bad entry
    await page.getByRole("button", { name: "下一步" }).click();
    await list().waitFor();
    const text = (await list().textContent())!;
    expect(text).toContain("表三·商业企业列：一+二 = 12，（七）总计+四 = 16，相差 4");
    expect(text).toContain("件数应为整数（现为 2.5）");
    expect(await page.locator("[data-testid=table-errors], #balance-summary").count()).toBe(0); // one place only
    await page.screenshot({ path: `${shots}/clerk-step-issues-1366.png` });

    const before = await page.evaluate(() => history.length);
    const url = page.url();
    await list().getByRole("link", { name: /件数应为整数/ }).click();
    await expect.poll(activeName).toBe(R("notHeld", "legal"));
    await list().getByRole("link", { name: /商业企业列/ }).click();
    await expect.poll(activeName).toBe(R("received", "business"));
    expect(await page.evaluate(() => history.length)).toBe(before);
    expect(page.url()).toBe(url);

    await fillCell(page, cell(R("notHeld", "legal")), "3");
    await expect.poll(() => list().textContent()).not.toContain("2.5");
    // Now the 总计 column adds up too: its balance cell and its message give the same numbers.
    const totalCell = page.locator('[data-balance="total"]');
    await expect.poll(() => totalCell.getAttribute("data-state")).toBe("error");
    const says = (await totalCell.getAttribute("aria-label"))!;
    expect(says).toMatch(/^总计列：一\+二 = \d+，（七）总计\+四 = \d+，相差 4$/);
    await expect.poll(() => list().textContent()).toContain(`表三·${says}`);
    await fillCell(page, cell(R("carriedForward", "business")), "1");
    await expect.poll(() => list().textContent()).toContain("本步骤的错误已全部改正");
    expect(await list().locator("li").count()).toBe(0);
    await expect.poll(() => page.locator('aside [data-status]').nth(3).textContent()).toBe("已完成");
  });

  it("never adds up an invalid entry: the column says which cell blocks it, and the list has no 「一+二 = -1」", async () => {
    await fillCell(page, cell(R("carriedOver", "natural")), "-2");
    await page.getByRole("button", { name: "下一步" }).click();
    await list().waitFor();
    const natural = page.locator('[data-balance="natural"]');
    await expect.poll(() => natural.getAttribute("data-state")).toBe("blocked");
    expect(await natural.textContent()).toContain("无法计算");
    expect(await natural.getAttribute("aria-label")).toContain("二、上年结转政府信息公开申请数量");
    expect(await page.locator('[data-balance="total"]').getAttribute("data-state")).toBe("blocked");
    expect(await page.textContent(total(R("carriedOver", "total")))).toBe("—");
    const text = (await list().textContent())!;
    expect(text).toContain("不能为负数（现为 -2）");
    expect(text).not.toMatch(/自然人列：一\+二|总计列：一\+二/);
    await natural.getByRole("button").click(); // 改正“二” goes to the cell
    await expect.poll(activeName).toBe(R("carriedOver", "natural"));
    await page.keyboard.type("1");
    await expect.poll(() => natural.getAttribute("data-state")).toBe("ok");
    await expect.poll(() => page.locator('[data-balance="total"]').getAttribute("data-state")).toBe("ok");
  });

  it("a focused 总计 cell shows a focus ring", async () => {
    await page.locator(total(R("received", "total"))).focus();
    const ring = await page.evaluate(() => {
      const s = getComputedStyle(document.activeElement!);
      return { style: s.outlineStyle, width: parseFloat(s.outlineWidth) };
    });
    expect(ring.style).not.toBe("none");
    expect(ring.width).toBeGreaterThanOrEqual(2);
  });
});

describe("Tab and Enter at the end of a table", () => {
  it("never go back a step: Enter in the last row stays, Tab from the last cell reaches 下一步, which stops on a problem", async () => {
    await newReport(page);
    await openStep(page, "三、收到和处理政府信息公开申请情况");
    const last = R("carriedForward", "otherOrg");
    await clickType(last, "9"); // 四 without 一 or 二: the 其他 column does not balance
    await page.keyboard.press("Enter");
    expect(await activeName()).toBe(last);
    await page.keyboard.press("Tab");
    const focused = () => page.evaluate(() => document.activeElement?.textContent ?? "");
    expect(await focused()).toBe("下一步");
    await page.keyboard.press("Enter");
    expect(await heading()).toContain("三、");
    expect(await list().textContent()).toContain("其他列");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("step-issues");
    // With the list shown, Tab from the last cell reaches its links: Enter on one stays on the step.
    await page.click(cell(last));
    await page.keyboard.press("Tab");
    expect(await focused()).toMatch(/^表三·法人或其他组织·其他列/);
    await page.keyboard.press("Enter");
    expect(await heading()).toContain("三、");
    expect(await page.locator("text=上一步").evaluateAll((els) => els.every((e) => e !== document.activeElement))).toBe(true);
  });
});

describe("pasting from a spreadsheet", () => {
  const labels = (gov2021.tables.requests as GridTable).rows.flatMap((r) => (r.children ?? [r]).flatMap((c) => (c.children ?? [c]).map((l) => l.label)));

  it("a block with the row-label column: every number in its own column, and the clerk is told", async () => {
    await newReport(page);
    await openStep(page, "三、收到和处理政府信息公开申请情况");
    const block = requestsBlock();
    const rows = block.text.trimEnd().split("\r\n").map((r, i) => `${labels[i]}\t${r}`);
    await pasteInto(page, cell(R("received", "natural")), rows.join("\r\n"));
    expect(await cellValue(page, R("received", "natural"))).toBe(String(block.received[0]));
    expect(await cellValue(page, R("granted", "otherOrg"))).toBe(String(block.granted[5]));
    await expect.poll(() => page.textContent(total(R("received", "total")))).toBe(String(block.received[6]));
    expect(await page.locator('[data-table="requests"] [aria-invalid="true"]').count()).toBe(0);
    expect(await page.getByTestId("paste-status").textContent()).toContain("按行名对应");
  });

  it("a 24-row block without （七）总计: 四 is filled, not dropped, and the status says so", async () => {
    await newReport(page);
    await openStep(page, "三、收到和处理政府信息公开申请情况");
    const rows = requestsBlock().text.trimEnd().split("\r\n");
    const short = [...rows.slice(0, 23), rows[24]!].map((r) => r.replace(/\t\d+$/, "")); // no 总计 row or column
    await pasteInto(page, cell(R("received", "natural")), short.join("\r\n"));
    expect(await cellValue(page, R("carriedForward", "natural"))).toBe("1");
    expect(await cellValue(page, R("otherReason", "natural"))).toBe("0");
    expect(await page.getByTestId("paste-status").textContent()).toContain("不含总计行");
    await expect.poll(() => page.locator('[data-balance="natural"]').getAttribute("data-state")).toBe("ok");
  });
});

describe("hints and labels", () => {
  it("表二's hint mentions no 总计 cells; 表三's does", async () => {
    await openStep(page, "二、主动公开政府信息情况");
    expect(await page.locator("main section").first().textContent()).not.toContain("总计");
    await openStep(page, "三、收到和处理政府信息公开申请情况");
    expect(await page.locator("main section").first().textContent()).toContain("“总计”格自动计算");
  });

  it("五 names its field once (the step heading), lead-paragraph boxes are at least 4 rows high", async () => {
    await openStep(page, "五、存在的主要问题及改进情况");
    const label = page.locator('label[for="prose.problems.text"]');
    expect(await label.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1); // for screen readers only
    expect(await page.getByLabel("五、存在的主要问题及改进情况", { exact: true }).evaluate((el) => el.tagName)).toBe("TEXTAREA"); // still its name
    await openStep(page, "一、总体情况");
    expect(Number(await page.locator('[name="prose.overview.text"]').getAttribute("rows"))).toBeGreaterThanOrEqual(4);
  });
});

describe("the draft list", () => {
  it("新建报告 reopens an untouched draft instead of making another; rename and delete", async () => {
    const a = await newReport(page);
    const b = await newReport(page);
    expect(b).toBe(a);
    await page.goto(`${BASE}/`);
    const item = page.locator(`[data-draft="${a}"]`);
    await item.waitFor();
    expect(await item.textContent()).toContain("空白，尚未填写");
    const count = await page.locator("[data-draft]").count();

    await item.getByRole("button", { name: /^重命名/ }).click();
    await item.getByLabel("草稿名称").fill("镇政府 2025 初稿");
    await item.getByRole("button", { name: "保存名称" }).click();
    await expect.poll(() => item.locator("p").first().textContent()).toContain("镇政府 2025 初稿");
    await page.reload();
    await expect.poll(() => page.locator(`[data-draft="${a}"] p`).first().textContent()).toContain("镇政府 2025 初稿");

    await page.locator(`[data-draft="${a}"]`).getByRole("button", { name: /^删除/ }).click();
    await page.locator(`[data-draft="${a}"]`).getByRole("button", { name: "确定删除" }).click();
    await expect.poll(() => page.locator("[data-draft]").count()).toBe(count - 1);
    await page.reload();
    await page.locator("h1").waitFor();
    await page.waitForTimeout(500);
    expect(await page.locator(`[data-draft="${a}"]`).count()).toBe(0); // gone from both copies
  });

  it("a named draft keeps its name through the wizard's autosave; reopened it says 继续填写, not 开始填写", async () => {
    const id = await newReport(page);
    await page.getByRole("button", { name: "开始填写" }).click();
    await page.getByLabel("机关名称").fill("改名镇人民政府");
    await waitSaved(page);
    await page.goto(`${BASE}/`);
    const item = page.locator(`[data-draft="${id}"]`);
    await item.getByRole("button", { name: /^重命名/ }).click();
    await item.getByLabel("草稿名称").fill("我的草稿");
    await item.getByRole("button", { name: "保存名称" }).click();
    await expect.poll(() => item.locator("p").first().textContent()).toContain("我的草稿");
    await item.getByRole("link", { name: /继续填写/ }).click();
    await page.getByRole("heading", { name: "任务清单" }).waitFor();
    await expect.poll(() => page.locator("main").getByRole("button", { name: /^继续填写/ }).count()).toBe(1);
    expect(await page.getByRole("button", { name: "开始填写" }).count()).toBe(0);
    await page.locator("main").getByRole("button", { name: /^继续填写/ }).click();
    await page.locator("#step-heading", { hasText: "基本信息" }).waitFor(); // 基本信息 is not finished yet
    await page.getByLabel("成文日期").fill("2025-01-20");
    await waitSaved(page);
    await page.goto(`${BASE}/`);
    expect(await page.locator(`[data-draft="${id}"] p`).first().textContent()).toContain("我的草稿");
  });
});

describe("Chinese everywhere, and a way home", () => {
  it("file pickers say 选择文件 whatever the browser's language", async () => {
    const english = await browser.newContext({ locale: "en-US" });
    const p = await english.newPage();
    await p.goto(`${BASE}/`);
    expect(await p.getByText("选择文件…").count()).toBe(2);
    expect(await p.locator('input[type="file"]').evaluateAll((els) => els.every((e) => e.getBoundingClientRect().width <= 1))).toBe(true);
    await p.setInputFiles("#import-json", { name: "坏文件.json", mimeType: "application/json", buffer: Buffer.from("{") });
    await p.getByText("已选择：坏文件.json").waitFor();
    await english.close();
  });

  it("an unknown address gets a Chinese page with the way home; every page has the app's icon", async () => {
    const missing: string[] = [];
    page.on("response", (r) => r.status() === 404 && missing.push(new URL(r.url()).pathname));
    const res = await page.goto(`${BASE}/no-such-page`);
    expect(res?.status()).toBe(404);
    expect(await page.locator("h1").textContent()).toBe("找不到这个页面");
    expect(await page.locator("main").textContent()).not.toMatch(/could not be found|404:/i);
    expect(await page.getAttribute('link[rel="icon"]', "href")).toBe("/icon.svg");
    await page.getByRole("link", { name: "回到首页" }).click();
    await page.waitForURL(`${BASE}/`);
    await page.goto(`${BASE}/check`);
    await page.getByRole("link", { name: /返回首页/ }).click();
    await page.waitForURL(`${BASE}/`);
    expect((await page.request.get(`${BASE}/icon.svg`)).status()).toBe(200);
    expect(missing.filter((p) => p !== "/no-such-page")).toEqual([]);
  });
});
