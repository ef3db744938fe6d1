// axe-core on every page and every wizard step, blank and with problems shown: no serious or critical
// violation (WCAG 2.1 A/AA rules and axe's best practices).
import { AxeBuilder } from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import path from "node:path";
import { BASE, cell, fillCell, launch, newPage } from "./browser";
import { newReport } from "./helpers";

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser);
});
afterAll(async () => browser?.close());

/** Serious and critical violations, one line each (rule, impact, the first offending nodes). The print preview included. */
async function serious(): Promise<string[]> {
  const all = await new AxeBuilder({ page }).analyze();
  return all.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

const steps = ["tasks", "basics", "overview", "proactive", "requests", "appeals", "problems", "other", "review"];

describe("pages", () => {
  it.each([
    ["首页", "/"],
    ["检查已有报告", "/check"],
    ["审核台", "/review"],
    ["404", "/no-such-page"],
    ["打不开的报告", "/report?id=nope"],
  ])("%s", async (_name, url) => {
    await page.goto(`${BASE}${url}`);
    await page.locator("h1:visible, [role=alert]:visible").first().waitFor(); // not the old-browser notice, hidden here
    await page.waitForTimeout(300);
    expect(await serious()).toEqual([]);
  });

  it("/check with a result", async () => {
    await page.goto(`${BASE}/check`);
    await page.getByLabel("上传报告文件").setInputFiles(path.resolve(import.meta.dirname, "../templates/gov-2021/fixtures/seeds/002.txt"));
    await page.getByTestId("check-result").waitFor();
    expect(await serious()).toEqual([]);
  });
});

describe("审核台 with a batch", () => {
  const seeds = path.resolve(import.meta.dirname, "../templates/gov-2021/fixtures/seeds");
  it.each([
    ["审核结果 with a row open", "审核结果"],
    ["名单核对 with a roster", "名单核对"],
    ["汇总", "汇总"],
  ])("%s", async (_name, tab) => {
    if (!page.url().endsWith("/review")) {
      await page.goto(`${BASE}/review`);
      await page.getByText("本批共").waitFor();
      await page.locator("#current-files").setInputFiles(["000", "001", "002", "003", "004"].flatMap((n) => [`${seeds}/${n}.txt`, `${seeds}/${n}.json`]));
      await page.getByTestId("review-done").waitFor();
      await page.locator("tbody tr[data-entry] th button").first().click();
      await page.getByTestId("entry-detail").waitFor();
    }
    await page.getByRole("tab", { name: tab }).click();
    if (tab === "名单核对" && !(await page.getByTestId("roster-result").count())) {
      await page.getByLabel("粘贴应报送单位名单（每行一个单位）").fill("大黑镇\n不存在的单位");
      await page.getByRole("button", { name: "使用粘贴的名单" }).click();
      await page.getByTestId("roster-result").waitFor();
    }
    await page.waitForTimeout(300);
    expect(await serious()).toEqual([]);
  });
});

describe("every wizard step", () => {
  let id = "";
  it.each(steps)("blank report: %s", async (step) => {
    id ||= await newReport(page);
    await page.goto(`${BASE}/report?id=${id}&step=${step}`);
    await page.locator("#step-heading").waitFor();
    await page.waitForTimeout(300);
    expect(await serious()).toEqual([]);
  });

  it.each(steps.filter((s) => s !== "tasks" && s !== "review"))("with problems shown after 下一步: %s", async (step) => {
    await page.goto(`${BASE}/report?id=${id}&step=${step}`);
    await page.locator("#step-heading").waitFor();
    if (step === "requests") {
      await fillCell(page, cell("tables.requests.granted.natural"), "-1");
      await fillCell(page, cell("tables.requests.received.natural"), "3");
    }
    await page.getByRole("button", { name: "下一步" }).click();
    await page.waitForTimeout(300);
    expect(await serious()).toEqual([]);
  });

  it("检查与预览 with errors listed", async () => {
    await page.goto(`${BASE}/report?id=${id}&step=review`);
    await page.locator("#error-summary").waitFor();
    expect(await serious()).toEqual([]);
  });
});
