// 台账 → 表三/表四 in the wizard (issue #24): a clerk loads a register in 表三, confirms the mapping (fixing a value
// the reader is unsure of), sees the grid filled and balanced with the numbers the register's rows intend, opens
// a cell's cases (row numbers and dates, never a name), types over one figure and sees it flagged, keeps it,
// reloads and finds the mapping and counts kept; then the same quickly for 表四.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { cell, cellValue, fillCell, launch, newPage, total } from "./browser";
import { newReport, openStep, waitSaved } from "./helpers";
import { appealsRegisterFile, requestsRegisterFile, type GeneratedRegister } from "./register-fixtures";

let browser: Browser;
let page: Page;
const shots = "test-results";
const YEAR = 2024;
let requests: GeneratedRegister;
let appeals: GeneratedRegister;

beforeAll(async () => {
  requests = await requestsRegisterFile(YEAR);
  appeals = await appealsRegisterFile(YEAR);
  browser = await launch();
  page = await newPage(browser);
});
afterAll(async () => browser?.close());


/** Every typed cell of the table, as the grid shows it. */
async function shownCounts(p: Page, table: "requests" | "appeals"): Promise<Record<string, string>> {
  const paths = await p.locator(`[data-table="${table}"] [data-cell]`).evaluateAll((tds) => tds.map((td) => td.getAttribute("data-cell")!));
  const out: Record<string, string> = {};
  for (const path of paths) out[path] = await cellValue(p, path);
  return out;
}

/** What the grid should show: the generator's intended counts, 0 everywhere else. */
function expected(shown: Record<string, string>, reg: GeneratedRegister): Record<string, string> {
  return Object.fromEntries(Object.keys(shown).map((path) => [path, String(reg.intended[path] ?? 0)]));
}

async function load(p: Page, kind: "requests" | "appeals", reg: GeneratedRegister) {
  await p.getByRole("button", { name: "从台账导入" }).click();
  await p.locator(`#register-file-${kind}`).setInputFiles({ name: reg.fileName, mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: reg.bytes });
  await p.getByTestId("register-preview").waitFor();
}

/** Chooses, for every value the panel marks as unsure, the category the generator intended; returns how many. */
async function settleUnsure(p: Page, reg: GeneratedRegister): Promise<number> {
  const open = p.locator('[data-testid="register-panel"] select[aria-invalid="true"]');
  const n = await open.count();
  for (let i = 0; i < n; i++) {
    const select = open.first();
    const value = await select.evaluate((s) => s.closest("tr")!.getAttribute("data-value")!);
    const field = await select.evaluate((s) => s.closest("fieldset")!.getAttribute("data-field")!);
    const label = reg.labels[field]![reg.categories[field]![value]!]!;
    await select.selectOption({ label });
  }
  return n;
}

describe("表三 from the 政府信息公开申请登记台账", () => {
  it("opens 表三 of a 2024 report", async () => {
    await newReport(page);
    await openStep(page, "基本信息");
    await page.getByLabel("报告年度").fill(String(YEAR));
    await openStep(page, "三、收到和处理政府信息公开申请情况");
  });

  it("loads the register and shows what it read: header rows, columns, each value with its count", async () => {
    await load(page, "requests", requests);
    await expect.poll(() => page.getByTestId("register-layout").textContent()).toContain(`表头在第 ${requests.headerRows.join(" 行、第 ")} 行`);
    // every distinct value of 申请人类型 is listed with its count
    for (const [value, count] of Object.entries(requests.valueCounts.applicantType!)) {
      const row = page.locator(`fieldset[data-field="applicantType"] tr[data-value="${value}"]`);
      expect(await row.locator("td").first().textContent()).toBe(String(count));
    }
  });

  it("requires the unsure values before filling, then fills the grid with the intended counts, balanced", async () => {
    const fill = page.getByRole("button", { name: "按台账填表" });
    const unsure = await page.locator('[data-testid="register-panel"] select[aria-invalid="true"]').count();
    expect(unsure).toBeGreaterThan(0); // the register has a value no reader can be sure of (「其他情形」)
    expect(await fill.isDisabled()).toBe(true);
    expect(await settleUnsure(page, requests)).toBe(unsure);
    await expect.poll(() => fill.isDisabled()).toBe(false);
    await page.screenshot({ path: `${shots}/register-confirm.png`, fullPage: true });
    await fill.click();
    const shown = await shownCounts(page, "requests");
    expect(shown).toEqual(expected(shown, requests));
    for (const col of ["natural", "business", "legal", "total"])
      expect(await page.locator(`[data-balance="${col}"]`).getAttribute("data-state")).toBe("ok");
    await expect.poll(() => page.textContent(total("tables.requests.received.total"))).toBe(String(requests.totals.received));
    await expect.poll(() => page.getByTestId("register-uncounted").locator("summary").textContent()).toBe(`未能计入的行（${requests.uncounted.length} 行）`);
    await page.screenshot({ path: `${shots}/register-filled.png` });
  });

  it("a cell's mark opens its cases: row numbers and dates, never the applicant's name", async () => {
    const path = requests.tracedCell;
    expect(await page.locator(cell(path)).getAttribute("aria-describedby")).toContain("-reg");
    await page.locator(`[data-register-mark="${path}"]`).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    const rows = dialog.getByTestId("register-case-rows");
    await rows.waitFor();
    const heads = await rows.locator("tbody th").allTextContents();
    expect(heads).toEqual(requests.intendedCases[path]!.map((n) => `第 ${n} 行`));
    const text = (await rows.textContent()) ?? "";
    expect(text).toContain(requests.sampleDate(requests.intendedCases[path]![0]!));
    for (const name of requests.names) expect(text).not.toContain(name);
    await dialog.getByRole("button", { name: "关闭" }).click();
    await dialog.waitFor({ state: "hidden" });
  });

  it("a figure typed over the register is flagged until the clerk keeps it", async () => {
    const path = requests.tracedCell;
    const typed = String(requests.intended[path]! + 1);
    await fillCell(page, cell(path), typed);
    await page.keyboard.press("Tab");
    await expect.poll(() => page.locator(cell(path)).getAttribute("data-register-differs")).toBe("");
    const item = page.locator(`[data-path-differs="${path}"]`);
    await item.waitFor();
    await item.getByRole("button", { name: "以填写的数字为准" }).click();
    await expect.poll(() => page.locator(cell(path)).getAttribute("data-register-differs")).toBeNull();
    expect(await item.count()).toBe(0);
    await waitSaved(page);
  });

  it("after a reload: counts, the kept figure and the mapping are still there", async () => {
    await page.reload();
    await page.locator("#step-heading", { hasText: "三、收到和处理政府信息公开申请情况" }).waitFor();
    const shown = await shownCounts(page, "requests");
    const want = expected(shown, requests);
    want[requests.tracedCell] = String(requests.intended[requests.tracedCell]! + 1);
    expect(shown).toEqual(want);
    await page.getByTestId("register-summary").waitFor();
    expect(await page.locator(cell(requests.tracedCell)).getAttribute("data-register-differs")).toBeNull();
    // The same register again: the remembered mapping leaves nothing to choose, and nothing changes.
    await load(page, "requests", requests);
    expect(await page.locator('[data-testid="register-panel"] select[aria-invalid="true"]').count()).toBe(0);
    await expect.poll(() => page.getByTestId("register-changes").textContent()).toBe("与上次按台账填入的数字相同。");
    await page.getByRole("button", { name: "收起" }).click();
  });
});

describe("表四 from the 行政复议、行政诉讼 register", () => {
  it("fills 表四 with the intended counts", async () => {
    await openStep(page, "四、政府信息公开行政复议、行政诉讼情况");
    await load(page, "appeals", appeals);
    await settleUnsure(page, appeals);
    await page.getByRole("button", { name: "按台账填表" }).click();
    const shown = await shownCounts(page, "appeals");
    expect(shown).toEqual(expected(shown, appeals));
    await expect.poll(() => page.textContent(total("tables.appeals.review.total"))).toBe(String(appeals.totals.review));
  });
});
