// PDF and web pages at every door: on /check (upload a PDF, upload a saved page, paste a page's rich
// HTML) the issue list is the one `nianbao check` prints for the same file; 以上年报告为基础新建 and the
// start page's import take a PDF; an old .doc is refused with what to do.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { Packer } from "docx";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { renderReport } from "../lib/docx/render-report";
import type { Report } from "../lib/report/types";
import { setPath } from "../lib/values/object-path";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { runCli } from "../test-support/cli";
import { cmsPage } from "../test-support/cms-page";
import { docxToPdf } from "../test-support/libreoffice";
import { unembeddedChinesePdf } from "../test-support/minimal-pdf";
import { BASE, cellValue, launch, newPage } from "./browser";

let browser: Browser;
let page: Page;
const dir = mkdtempSync(path.join(tmpdir(), "nianbao-e2e-formats-"));
const file = (name: string) => path.join(dir, name);

// A report with something to say: 一 out of balance (自然人 +1), and 行政强制 left blank.
let report = structuredClone(valid) as unknown as Report;
report = setPath(report, "tables.requests.received.natural", 47);
report = setPath(report, "tables.proactive.enforcement.decisions", null);
const typed = new Map<string, string>();
const walk = (o: object, at: string) => Object.entries(o).forEach(([k, v]) => (v !== null && typeof v === "object" ? walk(v, `${at}.${k}`) : typed.set(`${at}.${k}`, v === null ? "/" : String(v))));
walk(report.tables, "tables");
const html = cmsPage(report, typed);

beforeAll(async () => {
  browser = await launch();
  page = await newPage(browser);
  const [pdf] = docxToPdf([new Uint8Array(await Packer.toBuffer(renderReport(report, { draft: true })))]);
  writeFileSync(file("年报.pdf"), pdf!);
  writeFileSync(file("年报.html"), html);
  writeFileSync(file("宋体未嵌入.pdf"), unembeddedChinesePdf(["城关镇2024年政府信息公开工作年度报告", "一、总体情况", "本年度，我镇扎实推进政府信息公开工作。", "（一）主动公开"]));
  writeFileSync(file("旧版.doc"), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
}, 120_000);
afterAll(async () => browser?.close());

/** What `nianbao check --json` says about a file, one line per issue. */
async function cli(name: string): Promise<string[]> {
  const r = await runCli("check", file(name), "--json");
  return (JSON.parse(r.out) as { rule: string; severity: string; message: string }[]).map((i) => `${i.severity} ${i.rule} ${i.message}`);
}

/** The issue list /check shows, one line per issue. */
async function shown(): Promise<string[]> {
  await page.getByTestId("check-result").waitFor({ timeout: 60_000 });
  return page.locator("[data-rule]").evaluateAll((lis) =>
    lis.map((li) => `${li.getAttribute("data-severity")} ${li.getAttribute("data-rule")} ${(li.firstChild?.textContent ?? "").trim()}`),
  );
}

describe("检查已有报告 takes PDF and web pages", () => {
  it("uploads a PDF: read in a Web Worker, the same issues as nianbao check", async () => {
    const workers: string[] = [];
    page.on("worker", (w) => workers.push(w.url()));
    await page.goto(`${BASE}/check`);
    await page.getByLabel("上传报告文件").setInputFiles(file("年报.pdf"));
    const issues = await shown();
    expect(issues).toEqual(await cli("年报.pdf"));
    expect(issues.join("\n")).toContain("requests.balance");
    expect(workers).toHaveLength(1); // pdf.js ran in a worker, not on the page
    expect(await page.locator("main").textContent()).toContain("示例县城关镇人民政府 · 2024年度");
  });

  it("uploads a saved web page: the same issues as nianbao check", async () => {
    await page.goto(`${BASE}/check`);
    await page.getByLabel("上传报告文件").setInputFiles(file("年报.html"));
    const issues = await shown();
    expect(issues).toEqual(await cli("年报.html"));
    expect(issues.join("\n")).toContain("value.blank");
  });

  it("pastes a page with its HTML flavour: the tables keep their cells, the same issues as the saved page", async () => {
    await page.goto(`${BASE}/check`);
    const plain = await page.evaluate((h) => new DOMParser().parseFromString(h, "text/html").body.innerText, html);
    await page.focus("#check-text");
    await page.evaluate(
      ([h, t]) => {
        const dt = new DataTransfer();
        dt.setData("text/html", h);
        dt.setData("text/plain", t);
        document.activeElement!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
      },
      [html, plain] as const,
    );
    await page.getByTestId("paste-kind").waitFor();
    expect(await page.inputValue("#check-text")).toBe(plain);
    await page.getByRole("button", { name: "检查粘贴的文字" }).click();
    expect(await shown()).toEqual(await cli("年报.html"));
  });

  it("reads Chinese set in a font the PDF does not embed, with character maps the site serves (no CDN)", async () => {
    await page.goto(`${BASE}/check`);
    await page.getByLabel("上传报告文件").setInputFiles(file("宋体未嵌入.pdf"));
    await page.getByTestId("check-result").waitFor({ timeout: 60_000 });
    expect(await page.locator("main").textContent()).toContain("城关镇 · 2024年度");
  });

  it("refuses an old .doc with what to do", async () => {
    await page.goto(`${BASE}/check`);
    await page.getByLabel("上传报告文件").setInputFiles(file("旧版.doc"));
    await expect.poll(() => page.getByRole("alert").first().textContent()).toMatch(/另存为.*\.docx/);
  });
});

describe("the start page takes a PDF", () => {
  it("以上年报告为基础新建 from last year's PDF carries 结转 into 上年结转", async () => {
    await page.goto(`${BASE}/`);
    await page.getByLabel(/选择上年度的报告/).setInputFiles(file("年报.pdf"));
    await page.waitForURL(/\/report\?id=/, { timeout: 60_000 });
    const id = new URL(page.url()).searchParams.get("id")!;
    await page.goto(`${BASE}/report?id=${id}&step=requests`);
    await expect.poll(() => cellValue(page, "tables.requests.carriedOver.natural")).toBe(String(valid.tables.requests.carriedForward.natural));
  });

  it("导入 opens a web page as a draft", async () => {
    await page.goto(`${BASE}/`);
    await page.setInputFiles("#import-json", file("年报.html"));
    await page.waitForURL(/\/report\?id=/, { timeout: 60_000 });
    await expect.poll(() => page.locator("header").textContent()).toContain("示例县城关镇人民政府2024年政府信息公开工作年度报告");
  });
});
