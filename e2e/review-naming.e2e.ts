// 审核台 in a real browser with the county of issue #23's naming problems (test-support/generated-county.ts,
// generateNamingCounty): every unit's folder sends the same file name, three 管委会, 城市管理局 and 林区管理局,
// names with a zero-width space, a U+202E and a U+FFFE, a zip with one report a second time. Rows, roster and
// 汇总 asserted exactly, from the generator's inputs; two files of one name chosen together are two rows.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { sameNameText } from "../lib/review/file-identity";
import { probableText } from "../lib/review/roster";
import { cleanLine } from "../lib/text/hygiene";
import { generateNamingCounty, namedPath, SAME_FILE, zipWithNames, type NamedUnit, type NamingCounty } from "../test-support/generated-county";
import { readXlsx } from "../test-support/xlsx-reader";
import { xmlPartErrors } from "../test-support/xml-parts";
import { BASE, launch, newPage } from "./browser";
import { writeFiles } from "./review-county";

let browser: Browser;
let page: Page;
let county: NamingCounty;
const dir = mkdtempSync(path.join(tmpdir(), "nianbao-e2e-naming-"));
const folder = path.join(dir, "示例县");
const rosterFile = path.join(dir, "名单.txt");

const idOf = (u: NamedUnit) => `示例县/${cleanLine(namedPath(u))}`;
const twiceAgain = () => `示例县/补报.zip/${county.zipped.at(-1)!.name}`;
const received = (u: NamedUnit) => (county.reports.get(u)!.tables.requests as Record<string, Record<string, number>>).received!.total!;

beforeAll(async () => {
  county = await generateNamingCounty();
  writeFiles(folder, county.files);
  writeFileSync(path.join(folder, "补报.zip"), zipSync(Object.fromEntries(county.zipped.map((f) => [f.name, f.bytes]))));
  writeFileSync(rosterFile, county.roster);
  browser = await launch();
  page = await newPage(browser);
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

const ids = () => page.locator("tbody tr[data-entry]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-entry")!));

describe("审核台: the county with the naming problems", () => {
  it("one row per file, each unit by its own clean name (bidi-isolated); the unit twice shows both paths in full", async () => {
    await page.goto(`${BASE}/review`);
    await page.getByText("本批共").waitFor();
    await page.locator("#current-folder").setInputFiles(folder);
    await page.getByTestId("review-done").waitFor({ timeout: 120_000 });
    const total = county.units.length + 1;
    expect(await page.getByTestId("review-done").getByTestId("progress-count").textContent()).toBe(`${total} / ${total}`);
    expect((await ids()).sort()).toEqual([...county.units.map(idOf), twiceAgain()].sort());
    for (const u of county.units) {
      const row = page.locator(`tr[data-entry="${idOf(u)}"]`);
      expect([await row.getAttribute("data-status"), await row.locator("th button bdi").textContent()], u.name).toEqual(["pass", u.name]);
    }
    const twice = [idOf(county.twice), twiceAgain()];
    for (const id of twice) expect(await page.locator(`tr[data-entry="${id}"] [data-testid=entry-path]`).getAttribute("class")).toContain("break-all");
    expect(await page.locator(`tr[data-entry="${idOf(county.units[1]!)}"] [data-testid=entry-path]`).getAttribute("class")).toContain("truncate");
    // The search finds 城关镇 whose report wrote a zero-width space into its name, typed with one or without.
    const chengguan = county.units[0]!;
    await page.getByLabel("搜索单位或文件名").fill("城关\u200b镇");
    expect(await ids()).toEqual([idOf(chengguan)]);
    await page.getByLabel("搜索单位或文件名").fill("");
  });

  it("名单: 未提交 with the alike unit asked about, 重复提交 once, 不在名单中 the alike unit — no 管委会 merged", async () => {
    await page.getByRole("tab", { name: "名单核对" }).click();
    await page.locator("#roster-file").setInputFiles(rosterFile);
    const missing = page.getByTestId("roster-missing");
    await missing.locator("li").first().waitFor();
    const alike = county.alike.unit;
    expect(await missing.locator("li").allTextContents()).toEqual([`${county.alike.line}（可能是${alike.name}（${idOf(alike)}），请核对）`, county.silent]);
    expect(await page.getByTestId("roster-duplicates").locator("li").allTextContents()).toEqual([
      expect.stringMatching(new RegExp(`^${county.twice.roster}：`)),
    ]);
    expect(await page.getByTestId("roster-not-on").locator("li").allTextContents()).toEqual([`${alike.name}（${idOf(alike)}）（${probableText(county.alike.line)}）`]);
  });

  it("汇总: every unit once, the duplicate left out; the workbook's parts all parse and its 本年新收 is the units' sum", async () => {
    await page.getByRole("tab", { name: "汇总" }).click();
    await page.getByTestId("roll-up").locator("[data-preview-table=requests]").waitFor();
    expect((await page.getByTestId("roll-up-included").locator("li").allTextContents()).sort()).toEqual(county.units.map((u) => u.name).sort());
    expect(await page.getByTestId("roll-up-excluded").locator("li").allTextContents()).toEqual([`${county.twice.name}：重复提交`]);
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: "导出审核结果（.xlsx）" }).click()]);
    const bytes = new Uint8Array(readFileSync((await download.path())!));
    expect(xmlPartErrors(bytes)).toEqual([]);
    const [results, , rollUp] = readXlsx(bytes);
    expect(results!.rows.slice(1).map((r) => r[0]).sort()).toEqual([...county.units.map((u) => u.name), county.twice.name].sort());
    expect(rollUp!.rows.find((r) => r[0] === "一、本年新收政府信息公开申请数量")!.at(-1)).toBe(String(county.units.reduce((n, u) => n + received(u), 0)));
  });

  it("two files of one name chosen together are two rows, neither replaced", async () => {
    await page.getByRole("tab", { name: "审核结果" }).click();
    const [a, b] = [county.units[1]!, county.units[3]!];
    const docx = (u: NamedUnit) => Buffer.from(county.files.find((f) => f.name === namedPath(u))!.bytes);
    const name = `${SAME_FILE}.docx`;
    await page.locator("#current-files").setInputFiles([
      { name, mimeType: "application/octet-stream", buffer: docx(a) },
      { name, mimeType: "application/octet-stream", buffer: docx(b) },
    ]);
    await page.getByTestId("review-done").filter({ hasText: "2 / 2" }).waitFor();
    for (const [id, u] of [[name, a], [`${name}${sameNameText(2)}`, b]] as const) {
      expect(await page.locator(`tr[data-entry="${id}"] th button bdi`).textContent()).toBe(u.name);
    }
    expect(await page.getByTestId("batch-count").textContent()).toBe(String(county.units.length + 3));
  });

  it("a zip of 16 entries, all named alike: 「16 / 16」 and 16 rows, none replaced", async () => {
    const docxOf = (u: NamedUnit) => [...county.files, ...county.zipped.map((f) => ({ ...f, name: `补报.zip/${f.name}` }))].find((f) => f.name === namedPath(u))!.bytes;
    const sixteen = [...county.units.filter((u) => u.ext === "docx"), county.twice];
    const zip = path.join(dir, "十六份.zip");
    writeFileSync(zip, zipWithNames(sixteen.map(() => `${SAME_FILE}.docx`), sixteen.map(docxOf)));
    await page.locator("#current-files").setInputFiles(zip);
    await page.getByTestId("review-done").filter({ hasText: "16 / 16" }).waitFor({ timeout: 60_000 });
    const base = `十六份.zip/${SAME_FILE}.docx`;
    expect((await ids()).filter((id) => id.startsWith("十六份.zip/"))).toEqual(sixteen.map((_, i) => (i === 0 ? base : `${base}${sameNameText(i + 1)}`)));
    expect(await page.locator('tr[data-entry^="十六份.zip/"] th button bdi').allTextContents()).toEqual(sixteen.map((u) => u.name));
    await page.getByRole("button", { name: "清空" }).click();
    await page.getByRole("button", { name: "确定清空" }).click();
    await page.getByText("尚未载入报告。").waitFor();
  });
});
