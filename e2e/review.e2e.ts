// 审核台 in a real browser, with the generated county (test-support/generated-county.ts): choose the folder,
// watch n / N reach 60 / 60, filter, open a row (issue list and preview), add last year's reports (the
// broken 结转 shows in its unit's row), load the roster (its missing units under 未提交), export the workbook
// and read it back with an independent reader, reload and find the batch, then 清空.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { generateCounty, YEAR, type County } from "../test-support/generated-county";
import { readXlsx } from "../test-support/xlsx-reader";
import { BASE, launch, newPage } from "./browser";
import { writeFiles } from "./review-county";

let browser: Browser;
let page: Page;
let county: County;
const dir = mkdtempSync(path.join(tmpdir(), "nianbao-e2e-review-"));
const folder = path.join(dir, "示例县2024");
const lastFolder = path.join(dir, "上年");
const rosterFile = path.join(dir, "名单.txt");

beforeAll(async () => {
  county = await generateCounty();
  writeFiles(folder, county.files);
  writeFiles(lastFolder, county.lastYear.files);
  writeFileSync(rosterFile, county.roster);
  browser = await launch();
  page = await newPage(browser);
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The path the page keeps for a generated file (the chosen folder's name first). */
const idOf = (name: string) => `示例县2024/${name}`;
const row = (name: string) => page.locator(`tr[data-entry="${idOf(name)}"]`);
const wantOf = (kind: string) => county.want.filter((w) => w.kind === kind);

/** How far 审核结果 scrolls sideways in a 1024 px window (类型 and 格式 wrap, long headings break). */
async function sidewaysAt1024(): Promise<number> {
  await page.setViewportSize({ width: 1024, height: 768 });
  const region = page.getByRole("region", { name: "审核结果表（可左右滚动）" });
  const over = await region.evaluate((el) => el.scrollWidth - el.clientWidth);
  await page.setViewportSize({ width: 1366, height: 768 });
  return over;
}

describe("审核台", () => {
  it("reviews a whole folder with n / N progress, one row per file", async () => {
    await page.goto(`${BASE}/review`);
    await page.getByRole("heading", { name: "审核台", level: 1 }).waitFor();
    await page.getByText("本批共").waitFor();
    const seen: string[] = [];
    await page.exposeFunction("seeProgress", (t: string) => seen.push(t));
    await page.evaluate(() => {
      new MutationObserver(() => {
        const t = document.querySelector("[data-testid=progress-count]")?.textContent;
        if (t) (window as unknown as { seeProgress: (t: string) => void }).seeProgress(t);
      }).observe(document.body, { subtree: true, childList: true, characterData: true });
    });
    await page.locator("#current-folder").setInputFiles(folder);
    await page.getByTestId("review-done").waitFor({ timeout: 120_000 });
    const total = county.files.length;
    expect(await page.getByTestId("review-done").getByTestId("progress-count").textContent()).toBe(`${total} / ${total}`);
    expect(seen.length).toBeGreaterThan(1);
    expect(seen.every((t) => t.endsWith(` / ${total}`))).toBe(true);
    expect(await page.getByTestId("batch-count").textContent()).toBe(String(total));
    expect(await page.locator("tbody tr[data-entry]").count()).toBe(total);
    // Each kind of file gets its status (the generator says what each file is).
    expect(await row(wantOf("corrupt")[0]!.name).getAttribute("data-status")).toBe("unreadable");
    expect(await row(wantOf("obsolete")[0]!.name).getAttribute("data-status")).toBe("obsolete");
    for (const w of wantOf("errors")) expect(await row(w.name).getAttribute("data-status")).toBe("errors");
    for (const w of [...wantOf("pdf"), ...wantOf("html")]) expect(await row(w.name).getAttribute("data-status")).toBe("pass");
    expect(await row(wantOf("pdf")[0]!.name).locator("th button").textContent()).toBe(wantOf("pdf")[0]!.unit!.name);
    expect(await sidewaysAt1024()).toBeLessThanOrEqual(1);
  });

  it("filters by status and searches", async () => {
    await page.getByLabel("按状态筛选").selectOption("errors");
    const shown = await page.locator("tbody tr[data-entry]").evaluateAll((rows) => rows.map((r) => [r.getAttribute("data-entry"), r.getAttribute("data-status")]));
    expect(shown.every(([, s]) => s === "errors")).toBe(true);
    for (const w of wantOf("errors")) expect(shown.map(([id]) => id)).toContain(idOf(w.name));
    await page.getByLabel("按状态筛选").selectOption("all");
    const html = wantOf("html")[0]!;
    await page.getByLabel("搜索单位或文件名").fill(html.unit!.name);
    expect(await page.locator("tbody tr[data-entry]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-entry")))).toEqual([idOf(html.name)]);
    await page.getByLabel("搜索单位或文件名").fill("");
  });

  it("sorts by a header (aria-sort) ", async () => {
    const header = page.getByRole("columnheader", { name: /本年新收/ });
    await header.getByRole("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("ascending");
    const values = await page.locator("tbody tr[data-entry]").evaluateAll((rows) => rows.map((r) => r.querySelector("[data-col=received]")!.textContent));
    const numbers = values.filter((v) => v !== "—").map(Number);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    await header.getByRole("button").click();
    expect(await header.getAttribute("aria-sort")).toBe("descending");
  });

  it("opens a row: the full issue list and the preview", async () => {
    const w = wantOf("errors")[0]!;
    await row(w.name).locator("th button").click();
    const detail = page.getByTestId("entry-detail");
    await detail.waitFor();
    expect(await detail.getByRole("heading", { level: 2 }).first().textContent()).toContain(w.unit!.name);
    expect(await detail.locator("li[data-severity=error]").count()).toBeGreaterThan(0);
    await detail.getByRole("article", { name: "报告预览" }).waitFor();
    expect(await detail.locator("[data-preview-table=requests]").count()).toBe(1);
  });

  it("adds last year's reports: the broken 结转 is an error in its unit's row, repeated prose a percentage", async () => {
    await page.locator("#last-year-folder").setInputFiles(lastFolder);
    await page.getByTestId("review-done").filter({ hasText: "上年报告" }).waitFor({ timeout: 120_000 });
    await page.getByRole("columnheader", { name: /与上年雷同/ }).waitFor();
    const broken = county.want.find((w) => w.kind === "valid" && w.unit === county.brokenCarry)!;
    await row(broken.name).locator("th button").click();
    await page.getByTestId("entry-detail").locator('li[data-rule="crossyear.carry-over"]').first().waitFor();
    const same = county.want.find((w) => w.kind === "valid" && w.unit === county.sameProse)!;
    expect(await row(same.name).locator("td[data-col=repeatedShare]").textContent()).toMatch(/^\d+%$/);
    expect(await sidewaysAt1024()).toBeLessThanOrEqual(1); // with 与上年雷同 too
  });

  it("loads the roster: the missing units under 未提交", async () => {
    await page.getByRole("tab", { name: "名单核对" }).click();
    await page.locator("#roster-file").setInputFiles(rosterFile);
    const missing = page.getByTestId("roster-missing");
    await missing.locator("li").first().waitFor();
    expect(await missing.locator("li").allTextContents()).toEqual(county.missing);
    const notOn = wantOf("not-on-roster")[0]!;
    expect(await page.getByTestId("roster-not-on").textContent()).toContain(notOn.unit!.name);
  });

  it("审核年度: another year makes this year's reports 年度不符; 自动 goes back to the year most reports give", async () => {
    const wrongYear = page.getByTestId("roster-wrong-year");
    const items = () => wrongYear.locator("li").allTextContents();
    expect((await items()).length).toBe(wantOf("wrong-year").length);
    await page.getByLabel("审核年度").selectOption(String(YEAR - 1));
    await page.getByRole("heading", { name: `（${YEAR - 1} 年度）` }).waitFor();
    const valid = wantOf("valid")[0]!.unit!.name;
    await expect.poll(async () => (await items()).some((t) => t.includes(valid))).toBe(true);
    await page.getByLabel("审核年度").selectOption("");
    await page.getByRole("heading", { name: `（${YEAR} 年度）` }).waitFor();
    await expect.poll(async () => (await items()).length).toBe(wantOf("wrong-year").length);
  });

  it("汇总: the roll-up tables; the workbook downloads with its four sheets", async () => {
    await page.getByRole("tab", { name: "汇总" }).click();
    const rollUp = page.getByTestId("roll-up");
    await rollUp.locator("[data-preview-table=requests]").waitFor();
    expect(await page.getByTestId("roll-up-excluded").textContent()).toContain("无法读取");
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: "导出审核结果（.xlsx）" }).click()]);
    expect(download.suggestedFilename()).toBe("审核结果（2024年度）.xlsx");
    const sheets = readXlsx(new Uint8Array(readFileSync((await download.path())!)));
    expect(sheets.map((s) => s.name)).toEqual(["审核结果", "问题清单", "汇总", "未提交"]);
    const results = sheets[0]!;
    expect(results.rows.length).toBe(county.files.length + 1);
    const pdf = wantOf("pdf")[0]!;
    expect(results.rows.some((r) => r[0] === pdf.unit!.name)).toBe(true);
    expect(sheets[3]!.rows.flat()).toEqual(expect.arrayContaining(county.missing));
    const [docx] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: "下载汇总表（.docx）" }).click()]);
    expect(docx.suggestedFilename()).toMatch(/汇总表.*\.docx$/);
    expect(readFileSync((await docx.path())!).subarray(0, 2).toString()).toBe("PK");
  });

  it("汇总 names the reports summed with errors in their tables; a name opens that report's row", async () => {
    await page.getByRole("tab", { name: "汇总" }).click();
    const note = page.getByTestId("roll-up-flawed");
    const flawed = wantOf("errors");
    expect(await note.textContent()).toContain(`计入汇总的报告中有 ${flawed.length} 份表格有错误`);
    for (const w of flawed) expect(await note.textContent()).toContain(`${w.unit!.name}（表格错误 2 处）`);
    await note.screenshot({ path: "test-results/review-roll-up-flawed.png" });
    await note.getByRole("button", { name: flawed[0]!.unit!.name }).click();
    const detail = page.getByTestId("entry-detail");
    await detail.waitFor();
    expect(await detail.textContent()).toContain(flawed[0]!.unit!.name);
    expect(await page.getByRole("tab", { name: "审核结果" }).getAttribute("aria-selected")).toBe("true");
  });

  it("keeps the batch over a reload, and 清空 removes it after confirmation", async () => {
    await page.reload();
    await page.getByTestId("review-table").waitFor();
    expect(await page.getByTestId("batch-count").textContent()).toBe(String(county.files.length));
    expect(await page.getByRole("heading", { name: /上年报告：已载入 8 份/ }).count()).toBe(1);
    await page.getByRole("button", { name: "清空" }).click();
    await page.getByRole("button", { name: "不清空" }).click();
    expect(await page.getByTestId("batch-count").textContent()).toBe(String(county.files.length));
    await page.getByRole("button", { name: "清空" }).click();
    await page.getByRole("button", { name: "确定清空" }).click();
    await page.getByText("尚未载入报告。").waitFor();
    await page.reload();
    await page.getByText("尚未载入报告。").waitFor();
    expect(await page.getByTestId("batch-count").textContent()).toBe("0");
  });

  it("取消 ends the review; the reports already reviewed stay", async () => {
    await page.locator("#current-folder").setInputFiles(folder);
    await page.getByTestId("review-progress").getByTestId("progress-count").filter({ hasText: /^[1-9]\d* \/ / }).waitFor();
    await page.getByRole("button", { name: "取消" }).click();
    await page.getByTestId("review-done").filter({ hasText: "已取消" }).waitFor();
    await page.getByTestId("review-table").waitFor();
    const kept = Number(await page.getByTestId("batch-count").textContent());
    expect(kept).toBeGreaterThanOrEqual(1);
    expect(kept).toBeLessThan(county.files.length);
    await page.reload();
    await page.getByTestId("review-table").waitFor();
    expect(Number(await page.getByTestId("batch-count").textContent())).toBe(kept);
    await page.getByRole("button", { name: "清空" }).click();
    await page.getByRole("button", { name: "确定清空" }).click();
    await page.getByText("尚未载入报告。").waitFor();
  });

  it("two tabs show one batch: what one adds or 清空s, the other shows without a reload", async () => {
    const other = await page.context().newPage();
    try {
      await other.goto(`${BASE}/review`);
      await other.getByText("尚未载入报告。").waitFor();
      await other.locator("#current-folder").setInputFiles(folder);
      await page.getByTestId("review-table").waitFor({ timeout: 60_000 }); // rows come in while the other tab reviews
      await other.getByTestId("review-done").waitFor({ timeout: 120_000 });
      await expect.poll(() => page.getByTestId("batch-count").textContent(), { timeout: 10_000 }).toBe(String(county.files.length));
      expect(await page.locator("tbody tr[data-entry]").count()).toBe(county.files.length);
      await page.getByRole("button", { name: "清空" }).click();
      await page.getByRole("button", { name: "确定清空" }).click();
      await other.getByText("尚未载入报告。").waitFor({ timeout: 10_000 });
      expect(await other.getByTestId("batch-count").textContent()).toBe("0");
    } finally {
      await other.close();
    }
  });

  it("takes files dropped on the zone", async () => {
    const text = readFileSync(path.resolve(import.meta.dirname, "../templates/gov-2021/fixtures/seeds/002.txt"), "utf8");
    await page.getByTestId("current-zone").evaluate((zone, t) => {
      const data = new DataTransfer();
      data.items.add(new File([t], "拖入的报告.txt", { type: "text/plain" }));
      zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await page.getByTestId("review-done").filter({ hasText: "1 / 1" }).waitFor();
    expect(await page.locator('tr[data-entry="拖入的报告.txt"]').count()).toBe(1);
  });

  it("takes a .zip: each report inside is a row", async () => {
    const seed = (n: string) => new Uint8Array(readFileSync(path.resolve(import.meta.dirname, `../templates/gov-2021/fixtures/seeds/${n}`)));
    const zip = path.join(dir, "报送.zip");
    writeFileSync(zip, zipSync({ "甲/001.txt": seed("001.txt"), "乙/003.json": seed("003.json") }));
    await page.locator("#current-files").setInputFiles(zip);
    await page.getByTestId("review-done").filter({ hasText: "2 / 2" }).waitFor();
    const ids = await page.locator("tbody tr[data-entry]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-entry")));
    expect(ids).toEqual(expect.arrayContaining(["报送.zip/甲/001.txt", "报送.zip/乙/003.json"]));
  });

  it("a file over 20 MB is not read: its row says why", async () => {
    const big = path.join(dir, "误放的大文件.docx");
    writeFileSync(big, new Uint8Array(21 * 1024 * 1024));
    await page.locator("#current-files").setInputFiles(big);
    await page.getByTestId("review-done").filter({ hasText: "1 / 1" }).waitFor();
    const bigRow = page.locator('tr[data-entry="误放的大文件.docx"]');
    expect(await bigRow.getAttribute("data-status")).toBe("unreadable");
    await bigRow.locator("th button").click();
    expect(await page.getByTestId("entry-detail").textContent()).toContain("文件过大（约 21 MB）");
  });

  it("在向导中打开修改 makes a draft of the report and opens it in the wizard", async () => {
    await page.locator('tr[data-entry="报送.zip/甲/001.txt"] th button').click();
    const detail = page.getByTestId("entry-detail");
    const unit = (await detail.locator("#entry-title").textContent())!.split(" · ")[0]!;
    await detail.getByRole("button", { name: "在向导中打开修改" }).click();
    await page.waitForURL(/\/report\?id=/);
    await page.getByRole("heading", { name: "任务清单" }).waitFor();
    expect(await page.locator("body").textContent()).toContain(unit);
  });
});
