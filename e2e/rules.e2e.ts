// The one rule engine in the real browser: each rule's breaking example, opened in the wizard (检查与预览)
// and checked on /check, lists the same ids as `nianbao check --json`, with the example's exact message;
// and a report started from last year's cannot leave as final until its carried-over text is rewritten.
import { mkdirSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { runCli, tempFiles } from "../test-support/cli";
import { RULE_EXAMPLES, exampleIssue } from "../test-support/rule-examples";
import { UPDATE_MARK } from "../lib/report/update-mark";
import { BASE, launch, newPage } from "./browser";

let browser: Browser;
let page: Page;
const { file } = tempFiles("nianbao-rules-e2e-");
const shots = "test-results";

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launch();
  page = await newPage(browser);
});
afterAll(async () => browser?.close());

// The rules a clerk meets while writing (content, 信息处理费, prose) and the balance, each as a data file.
const DATA_RULES = Object.keys(RULE_EXAMPLES).filter((id) => /^(content|fee|text)\./.test(id) || id === "requests.balance");
const dataFile = (id: string) => {
  const input = RULE_EXAMPLES[id]!();
  if (input.kind !== "data") return null;
  return file(`${id}.json`, JSON.stringify(input.report));
};
const cliIssues = async (p: string) => JSON.parse((await runCli("check", p, "--json")).out) as { rule: string; severity: string }[];
const cliIds = async (p: string) => (await cliIssues(p)).map((i) => i.rule).sort();
const shownIds = (scope: string) => page.locator(`${scope} li[data-rule]`).evaluateAll((lis) => lis.map((li) => li.getAttribute("data-rule")!).sort());

async function openInWizard(p: string): Promise<void> {
  await page.goto(`${BASE}/`);
  await page.getByLabel(/选择以前从年报助手导出的数据文件/).setInputFiles(p);
  await page.waitForURL(/\/report\?id=/);
  const id = new URL(page.url()).searchParams.get("id")!;
  await page.goto(`${BASE}/report?id=${id}&step=review`);
  await page.locator("#step-heading", { hasText: "检查与预览" }).waitFor();
}

describe("every door in the browser reports what the CLI reports", () => {
  it.each(DATA_RULES.filter((id) => dataFile(id)))("%s: /check and the wizard list the CLI's ids, with the exact message", async (id) => {
    const p = dataFile(id)!;
    const expected = await cliIds(p);
    const message = exampleIssue(id)!.message;

    await page.goto(`${BASE}/check`);
    await page.getByLabel("上传报告文件").setInputFiles(p);
    await page.getByTestId("check-result").waitFor();
    expect(await shownIds('[data-testid="check-result"]')).toEqual(expected);
    expect(await page.locator(`li[data-rule="${id}"]`, { hasText: message }).count()).toBeGreaterThan(0);

    await openInWizard(p);
    await expect.poll(() => shownIds("#error-summary")).toEqual(expected);
    const item = page.locator(`#error-summary li[data-rule="${id}"]`, { hasText: message }).first();
    expect(await item.count()).toBe(1);
    expect(await item.textContent()).not.toContain(id); // the id is a tooltip, not part of the sentence
    const errors = (await cliIssues(p)).some((i) => i.severity === "error");
    expect(await page.getByRole("button", { name: "下载Word文档" }).isDisabled()).toBe(errors);
  });

  it("the complete fixture: nothing listed anywhere, the final document may be downloaded", async () => {
    const p = file("valid.json", JSON.stringify(valid));
    expect(await cliIds(p)).toEqual([]);
    await openInWizard(p);
    await page.getByText("未发现问题").first().waitFor();
    expect(await page.getByRole("button", { name: "下载Word文档" }).isDisabled()).toBe(false);
  });
});

describe("last year's text is not this year's report", () => {
  it("a draft started from last year's report is refused as final until each carried paragraph is rewritten", async () => {
    await page.goto(`${BASE}/`);
    await page.getByLabel(/选择上年度的报告/).setInputFiles(path.resolve(import.meta.dirname, "../templates/gov-2021/fixtures/valid-report.json"));
    await page.waitForURL(/\/report\?id=/);
    const id = new URL(page.url()).searchParams.get("id")!;
    await page.goto(`${BASE}/report?id=${id}&step=review`);
    const summary = page.locator("#error-summary");
    await summary.waitFor();
    const problems = summary.locator('li[data-rule="text.carried-over"]', { hasText: "五、存在的主要问题及改进情况：这段文字沿用了上年报告，尚未修改" });
    expect(await problems.count()).toBe(1);
    expect(await page.getByRole("button", { name: "下载Word文档" }).isDisabled()).toBe(true);
    await page.screenshot({ path: `${shots}/wizard-carried-over-1366.png` });

    // The link opens 五 with the paragraph focused; the message stands beside it too.
    await problems.getByRole("link").click();
    await page.locator("#step-heading", { hasText: "五、" }).waitFor();
    const field = page.locator('[name="prose.problems.text"]');
    await expect.poll(() => page.evaluate(() => (document.activeElement as HTMLTextAreaElement | null)?.name)).toBe("prose.problems.text");
    expect(await field.inputValue()).toContain(UPDATE_MARK);
    expect(await page.getByText("这段文字沿用了上年报告，尚未修改").count()).toBeGreaterThan(0);

    // Deleting the mark alone is not enough; rewriting the paragraph is.
    await field.fill((await field.inputValue()).replace(UPDATE_MARK, ""));
    await expect.poll(() => page.getByText("这段文字与 2024 年度报告完全相同").count()).toBeGreaterThan(0);
    await field.fill("2025年，本镇政务公开存在信息更新不够及时的问题。下一步，将建立每周更新制度，提高公开质量。");
    await expect.poll(() => page.getByText(/这段文字(沿用了上年报告|与 2024 年度报告完全相同)/).count()).toBe(0);
    await page.getByRole("navigation", { name: "填写步骤" }).first().getByRole("button", { name: "检查与预览" }).click();
    await summary.waitFor();
    expect(await summary.locator('li[data-rule="text.carried-over"]', { hasText: "五、存在的主要问题及改进情况" }).count()).toBe(0);
  });
});
