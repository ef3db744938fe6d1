// /check and /review in Chromium 86 (issue #22: 360安全浏览器 13 极速模式): a .docx and a PDF read in the import
// worker (pdf.js's build for older browsers) give the issues `nianbao check` gives; the county desk reviews a
// small batch in its worker and the .xlsx it exports opens.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Packer } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, ElementHandle } from "puppeteer-core-10";
import { renderReport } from "../lib/docx/render-report";
import type { Report } from "../lib/report/types";
import { setPath } from "../lib/values/object-path";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { runCli } from "../test-support/cli";
import { docxToPdf } from "../test-support/libreoffice";
import { readXlsx } from "../test-support/xlsx-reader";
import { BASE } from "./browser";
import { byText, downloaded, launchOld, nextDownload, oldPage, shotsDir, type OldPage } from "./old-browser";

const dir = mkdtempSync(path.join(tmpdir(), "nianbao-old-desk-"));
const file = (name: string) => path.join(dir, name);
const units = ["东关镇人民政府", "西关镇人民政府", "南关街道办事处"];

function reportOf(unit: string, broken: boolean): Report {
  let r = structuredClone(valid) as unknown as Report;
  r = { ...r, unit: { ...r.unit, name: `示例县${unit}` } };
  return broken ? setPath(r, "tables.requests.received.natural", 47) : r;
}

let browser: Browser;
let page: OldPage;

beforeAll(async () => {
  const broken = reportOf(units[0]!, true);
  writeFileSync(file("有错误.docx"), new Uint8Array(await Packer.toBuffer(renderReport(broken, { draft: true }))));
  const [pdf] = docxToPdf([new Uint8Array(await Packer.toBuffer(renderReport(broken, { draft: true })))]);
  writeFileSync(file("有错误.pdf"), pdf!);
  for (const [i, unit] of units.entries()) {
    writeFileSync(file(`${unit}.docx`), new Uint8Array(await Packer.toBuffer(renderReport(reportOf(unit, i === 0), { draft: i === 0 }))));
  }
  browser = await launchOld("86");
  page = await oldPage(browser);
}, 180_000);
afterAll(async () => browser?.close());

async function upload(selector: string, ...paths: string[]) {
  const input = (await page.$(selector)) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(...paths);
}

/** What `nianbao check --json` says, one line per issue, in the form /check lists them. */
async function cli(name: string): Promise<string[]> {
  const r = await runCli("check", file(name), "--json");
  return (JSON.parse(r.out) as { rule: string; severity: string; message: string }[]).map((i) => `${i.severity} ${i.rule} ${i.message}`);
}

async function shown(): Promise<string[]> {
  await page.waitForSelector("[data-testid=check-result]", { timeout: 60_000 });
  return page.$$eval("[data-rule]", (lis) =>
    lis.map((li) => `${li.getAttribute("data-severity")} ${li.getAttribute("data-rule")} ${(li.firstChild?.textContent ?? "").trim()}`),
  );
}

describe("Chromium 86: 检查已有报告", () => {
  for (const name of ["有错误.docx", "有错误.pdf"]) {
    it(`uploads ${name}: read in the worker, the same issues as nianbao check`, async () => {
      await page.goto(`${BASE}/check`, { waitUntil: "load" });
      await upload("#check-file", file(name));
      const issues = await shown();
      expect(issues).toEqual(await cli(name));
      expect(issues.join("\n")).toContain("requests.balance");
      expect(page.errors).toEqual([]);
    });
  }
});

describe("Chromium 86: 审核台", () => {
  it("reviews a small batch in its worker, one row per file, and exports a workbook that opens", async () => {
    await page.goto(`${BASE}/review`, { waitUntil: "load" });
    await byText(page, "h1", "审核台");
    await upload("#current-files", ...units.map((u) => file(`${u}.docx`)));
    await page.waitForSelector("[data-testid=review-done]", { timeout: 120_000 });
    const rows = await page.$$eval("tbody tr[data-entry]", (trs) => trs.map((tr) => tr.getAttribute("data-status")));
    expect(rows.sort()).toEqual(["errors", "pass", "pass"]);
    await page.screenshot({ path: `${shotsDir()}/review-86.png` });
    await (await byText(page, "[role=tab]", "汇总")).click();
    const before = downloaded(page);
    await (await byText(page, "button", "导出审核结果（.xlsx）")).click();
    const xlsx = await nextDownload(page, before);
    expect(xlsx.name).toMatch(/^审核结果.*\.xlsx$/);
    const sheets = readXlsx(xlsx.bytes);
    expect(sheets.map((s) => s.name)).toEqual(["审核结果", "问题清单", "汇总", "未提交"]);
    expect(sheets[0]!.rows.length).toBe(units.length + 1);
    expect(page.errors).toEqual([]);
  });
});
