// 台账 → 表三/表四 in the wizard (issue #24), on registers from the register core's generator
// (test-support/registers): a clerk loads a register in 表三, confirms the mapping — choosing for every value the
// reader is unsure of, the register's unknown 「已处理」 among them — sees the grid filled and balanced with the
// counts the generator intended, opens a cell's cases (row numbers and dates, never a private column), types
// over one figure and sees it flagged, keeps it, reloads and finds the mapping and counts kept; then 表四.
import { readFile } from "node:fs/promises";
import { AxeBuilder } from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { cell, cellValue, fillCell, launch, newPage, total } from "./browser";
import { newReport, openStep, readStoredDrafts, waitSaved } from "./helpers";
import { generateRegister, type Generated } from "../test-support/registers/generate";
import { APPLICANT_SPELLINGS, CASE_TYPE_SPELLINGS, OUTCOME_SPELLINGS, RESULT_SPELLINGS } from "../test-support/registers/spellings";
import { categoryOptions } from "../lib/register/mapping/categories";
import type { ValueField } from "../lib/register/types";

const YEAR = 2024;
const UNIT = "城关镇人民政府";
const shots = "test-results";
const UNMAPPED = "尚未确定归入哪一类";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

let browser: Browser;
let page: Page;
let requests: Generated;
let appeals: Generated;
let appealsChanged: Generated;

/** The first seed whose register has a value no category should take (a row listed as 尚未确定归入哪一类). */
async function withUnknownValue(kind: "requests" | "appeals", form: "xlsx" | "wps", from = 1): Promise<Generated> {
  for (let seed = from; seed < 100; seed++) {
    const g = await generateRegister({ seed, kind, form, year: YEAR });
    if (g.expected.uncounted.some((u) => u.reason.includes(UNMAPPED))) return g;
  }
  throw new Error("no seed with an unknown value");
}

beforeAll(async () => {
  requests = await withUnknownValue("requests", "xlsx");
  appeals = await withUnknownValue("appeals", "wps");
  appealsChanged = await withUnknownValue("appeals", "xlsx", 50);
  browser = await launch();
  page = await newPage(browser);
});
afterAll(async () => browser?.close());

/** The generator's own spellings: what each value it wrote means (outcome「不予公开：属于国家秘密」by its parts). */
const SPELLINGS: Record<ValueField, Record<string, (string | [string, string])[]>> = {
  applicantType: APPLICANT_SPELLINGS,
  outcome: OUTCOME_SPELLINGS,
  caseType: CASE_TYPE_SPELLINGS,
  result: RESULT_SPELLINGS,
};
function intendedCategory(field: ValueField, value: string): string | null {
  for (const [key, spellings] of Object.entries(SPELLINGS[field])) {
    if (spellings.some((s) => (typeof s === "string" ? s === value : `${s[0]}：${s[1]}` === value))) return key;
  }
  return null; // 「已处理」「不详」「信访」: no category; the rows are listed as not counted
}

/** Every typed cell of the table, as the grid shows it. */
async function shownCounts(table: "requests" | "appeals"): Promise<Record<string, string>> {
  const paths = await page.locator(`[data-table="${table}"] [data-cell]`).evaluateAll((tds) => tds.map((td) => td.getAttribute("data-cell")!));
  const out: Record<string, string> = {};
  for (const path of paths) out[path] = await cellValue(page, path);
  return out;
}

/** What the grid should show: the generator's intended counts, 0 everywhere else. */
const expected = (shown: Record<string, string>, g: Generated) => Object.fromEntries(Object.keys(shown).map((p) => [p, String(g.expected.counts[p] ?? 0)]));

async function load(kind: "requests" | "appeals", g: Generated) {
  await page.getByRole("button", { name: "从台账导入" }).click();
  await page.locator(`#register-file-${kind}`).setInputFiles({ name: g.fileName, mimeType: XLSX, buffer: Buffer.from(g.bytes) });
  await page.getByTestId("register-preview").waitFor();
}

const unsureSelects = () => page.locator('[data-testid="register-panel"] select[aria-invalid="true"]');

/** Chooses what the generator meant for every value the panel asks about; returns the values chosen 不计入. */
async function settleUnsure(): Promise<string[]> {
  const skipped: string[] = [];
  while ((await unsureSelects().count()) > 0) {
    const select = unsureSelects().first();
    const value = await select.evaluate((s) => s.closest("tr")!.getAttribute("data-value")!);
    const field = (await select.evaluate((s) => s.closest("fieldset")!.getAttribute("data-field")!)) as ValueField;
    const key = intendedCategory(field, value);
    if (key === null) skipped.push(value);
    await select.selectOption({ label: key === null ? "不计入（列为未计入的行）" : categoryOptions(field).find((o) => o.key === key)!.label });
  }
  return skipped;
}

/** axe-core's serious and critical violations (WCAG 2.1 A/AA and best practices), as e2e/a11y.e2e.ts counts them. */
async function serious(): Promise<string[]> {
  const all = await new AxeBuilder({ page }).analyze();
  return all.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

const mostCases = (g: Generated) => Object.entries(g.expected.cases).sort((a, b) => b[1].length - a[1].length)[0]![0];

describe("表三 from the 政府信息公开申请登记台账", () => {
  it("opens 表三 of a 2024 report and loads the register: the sheet and header it read", async () => {
    await newReport(page);
    await openStep(page, "基本信息");
    await page.getByLabel("机关名称").fill(UNIT);
    await page.getByLabel("报告年度").fill(String(YEAR));
    await openStep(page, "三、收到和处理政府信息公开申请情况");
    await load("requests", requests);
    const layout = (await page.getByTestId("register-layout").textContent()) ?? "";
    expect(layout).toMatch(requests.twoLineHeader ? /表头在第 \d+ 行、第 \d+ 行/ : /表头在第 \d+ 行，/);
  });

  it("asks about the unsure values (「按台账填表」 waits), then fills the grid with the intended counts, balanced", async () => {
    const fill = page.getByRole("button", { name: "按台账填表" });
    expect(await unsureSelects().count()).toBeGreaterThan(0);
    expect(await fill.isDisabled()).toBe(true);
    expect(await serious()).toEqual([]); // the confirmation panel
    const skipped = await settleUnsure();
    expect(skipped).toContain("已处理"); // the value the generator meant to be uncountable, fixed by the clerk
    await expect.poll(() => fill.isDisabled()).toBe(false);
    await page.screenshot({ path: `${shots}/register-confirm.png`, fullPage: true });
    await fill.click();
    const shown = await shownCounts("requests");
    expect(shown).toEqual(expected(shown, requests));
    const balance = await page.locator("[data-balance]").evaluateAll((tds) => tds.map((td) => td.getAttribute("data-state")));
    expect(new Set(balance)).toEqual(new Set(["ok"]));
    const received = Object.entries(requests.expected.counts).filter(([p]) => p.startsWith("tables.requests.received.")).reduce((s, [, n]) => s + n, 0);
    await expect.poll(() => page.textContent(total("tables.requests.received.total"))).toBe(String(received));
    await expect.poll(() => page.getByTestId("register-uncounted").locator("summary").textContent()).toBe(`未能计入的行（${requests.expected.uncounted.length} 行）`);
    await page.getByTestId("register-uncounted").locator("summary").click();
    expect(await page.getByTestId("register-uncounted").locator("li").allTextContents()).toEqual(requests.expected.uncounted.map((u) => u.reason));
    await page.screenshot({ path: `${shots}/register-filled.png` });
    expect(await serious()).toEqual([]); // the marks in the cells, the summary under the grid
  });

  it("a cell's mark opens its cases: row numbers and dates, never a private column", async () => {
    const path = mostCases(requests);
    const n = requests.expected.counts[path]!;
    const described = (await page.locator(cell(path)).getAttribute("aria-describedby"))!;
    expect(await page.locator(`#${described.split(" ").pop()}`).textContent()).toBe(`来自台账 ${n} 件`);
    await page.locator(`[data-register-mark="${path}"]`).click();
    const dialog = page.getByRole("dialog");
    await dialog.waitFor();
    const rows = dialog.getByTestId("register-case-rows");
    await rows.waitFor();
    expect(await rows.locator("tbody th").allTextContents()).toEqual(requests.expected.cases[path]!.map((r) => `第 ${r} 行`));
    const headers = await rows.locator("thead th").allTextContents();
    expect(headers.some((h) => /收到|受理|申请日期|登记/.test(h))).toBe(true);
    const text = (await dialog.textContent()) ?? "";
    for (const secret of requests.privateTexts) expect(text).not.toContain(secret.split("\n")[0]);
    expect(await serious()).toEqual([]);
    await dialog.getByRole("button", { name: "关闭" }).click();
    await dialog.waitFor({ state: "hidden" });
  });

  it("a figure typed over the register is flagged (register.differs) until the clerk keeps it", async () => {
    const path = mostCases(requests);
    const n = requests.expected.counts[path]!;
    await fillCell(page, cell(path), String(n + 1));
    await page.keyboard.press("Tab");
    await expect.poll(() => page.locator(cell(path)).getAttribute("data-register-differs")).toBe("");
    const item = page.locator(`[data-path-differs="${path}"]`);
    await item.waitFor();
    expect(await item.textContent()).toContain(`该格来自登记台账 ${n} 件，现填 ${n + 1}`);
    await page.screenshot({ path: `${shots}/register-differs.png` });
    // The cell's own dialog says it too, with the same choice.
    await page.locator(`[data-register-mark="${path}"]`).click();
    const said = page.getByRole("dialog").getByTestId("register-case-differs");
    expect(await said.textContent()).toContain(`该格来自登记台账 ${n} 件，现填 ${n + 1}`);
    expect(await said.getByRole("button", { name: "以填写的数字为准" }).count()).toBe(1);
    await page.getByRole("dialog").getByRole("button", { name: "关闭" }).click();
    await item.getByRole("button", { name: "以填写的数字为准" }).click();
    await expect.poll(() => page.locator(cell(path)).getAttribute("data-register-differs")).toBeNull();
    await expect.poll(() => item.count()).toBe(0);
    // Saved with the draft: the kept figure and the confirmation (the register itself never is).
    const id = new URL(page.url()).searchParams.get("id")!;
    const stored = async () => (await readStoredDrafts(page)).find(([k]) => k.endsWith(id))?.[1] ?? "";
    await expect.poll(async () => (await stored()).includes(`"confirmedOverrides":["${path}"]`), { timeout: 5000 }).toBe(true);
    const saved = await stored();
    for (const secret of requests.privateTexts) expect(saved).not.toContain(secret.split("\n")[0]);
  });

  it("after a reload: the counts, the kept figure and the mapping are still there", async () => {
    const path = mostCases(requests);
    await page.reload();
    await page.locator("#step-heading", { hasText: "三、收到和处理政府信息公开申请情况" }).waitFor();
    const shown = await shownCounts("requests");
    expect(shown).toEqual({ ...expected(shown, requests), [path]: String(requests.expected.counts[path]! + 1) });
    await page.getByTestId("register-summary").waitFor();
    expect(await page.locator(cell(path)).getAttribute("data-register-differs")).toBeNull();
    // The same register again: the remembered mapping is proposed first; only the values the clerk left
    // uncounted are asked again, and nothing changes.
    await load("requests", requests);
    const asked = await unsureSelects().evaluateAll((ss) => ss.map((s) => s.closest("tr")!.getAttribute("data-value")));
    expect(asked.every((v) => intendedCategory("outcome", v!) === null && intendedCategory("applicantType", v!) === null)).toBe(true);
    await settleUnsure();
    await expect.poll(() => page.getByTestId("register-changes").textContent()).toBe("与上次按台账填入的数字相同。");
    await page.getByRole("button", { name: "收起" }).click();
  });
});

describe("表四 from the 行政复议、行政诉讼 register", () => {
  it("fills 表四 with the intended counts", async () => {
    await openStep(page, "四、政府信息公开行政复议、行政诉讼情况");
    await load("appeals", appeals);
    expect(await settleUnsure()).toContain("信访");
    await page.getByRole("button", { name: "按台账填表" }).click();
    const shown = await shownCounts("appeals");
    expect(shown).toEqual(expected(shown, appeals));
    const review = ["upheld", "corrected", "otherResult", "pending"].reduce((s, k) => s + (appeals.expected.counts[`tables.appeals.review.${k}`] ?? 0), 0);
    await expect.poll(() => page.textContent(total("tables.appeals.review.total"))).toBe(String(review));
  });
});

describe("表四 again from a changed register", () => {
  it("shows what changes, cell by cell, before applying; applying replaces the counts", async () => {
    await load("appeals", appealsChanged);
    await settleUnsure();
    const paths = await page.locator('[data-table="appeals"] [data-cell]').evaluateAll((tds) => tds.map((td) => td.getAttribute("data-cell")!));
    const moves = paths
      .map((p) => [appeals.expected.counts[p] ?? 0, appealsChanged.expected.counts[p] ?? 0])
      .filter(([a, b]) => a !== b)
      .map(([a, b]) => `${a} → ${b}`);
    expect(moves.length).toBeGreaterThan(0);
    const shown = await page.getByTestId("register-changes").locator("li").allTextContents();
    expect(shown.map((t) => t.replace(/^.*：/, "")).sort()).toEqual(moves.sort());
    await page.getByRole("button", { name: "按台账填表" }).click();
    const now = await shownCounts("appeals");
    expect(now).toEqual(expected(now, appealsChanged));
  });

  it("downloads the register template for 表四's cases", async () => {
    await page.getByRole("button", { name: "从台账导入" }).click();
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "下载台账模板" }).click()]);
    expect(download.suggestedFilename()).toBe("行政复议行政诉讼案件台账（模板）.xlsx");
    const bytes = await readFile((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe("PK");
    await page.getByRole("button", { name: "收起" }).click();
  });
});

describe("next year", () => {
  it("the next year's report of the same unit proposes the mapping confirmed this year", async () => {
    await newReport(page);
    await openStep(page, "基本信息");
    await page.getByLabel("机关名称").fill(UNIT);
    await page.getByLabel("报告年度").fill(String(YEAR + 1));
    await waitSaved(page);
    await openStep(page, "三、收到和处理政府信息公开申请情况");
    await load("requests", requests);
    expect(await page.getByTestId("register-remembered").textContent()).toContain(`按${YEAR}年度报告草稿中确认的对应关系读取`);
    const asked = await unsureSelects().evaluateAll((ss) => ss.map((s) => s.closest("tr")!.getAttribute("data-value")!));
    expect(asked.length).toBeGreaterThan(0);
    expect(asked.every((v) => intendedCategory("outcome", v) === null && intendedCategory("applicantType", v) === null)).toBe(true);
  });
});
