// Markdown on /check (issue #21): a .md file uploaded and the same text pasted are read in the browser's import
// worker as `nianbao check` reads the file — the same issue list, the unit and year in the heading.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { runCli } from "../test-support/cli";
import { textShapeCases, type TextShapeCase } from "../test-support/field-corpus/text-shapes";
import { BASE, launch, newPage } from "./browser";

let browser: Browser;
let page: Page;
let md: TextShapeCase;
const dir = mkdtempSync(path.join(tmpdir(), "nianbao-e2e-markdown-"));
const file = path.join(dir, "年报.md");
const text = () => new TextDecoder().decode((md.input as { bytes: Uint8Array }).bytes);

beforeAll(async () => {
  md = (await textShapeCases()).find((c) => c.cause === "markdown" && "name" in c.input && c.input.name.endsWith(".md"))!;
  writeFileSync(file, text());
  browser = await launch();
  page = await newPage(browser);
}, 120_000);
afterAll(async () => browser?.close());

async function cli(): Promise<string[]> {
  const r = await runCli("check", file, "--json");
  return (JSON.parse(r.out) as { rule: string; severity: string; message: string }[]).map((i) => `${i.severity} ${i.rule} ${i.message}`);
}

async function shown(): Promise<string[]> {
  await page.getByTestId("check-result").waitFor({ timeout: 60_000 });
  return page.locator("[data-rule]").evaluateAll((lis) =>
    lis.map((li) => `${li.getAttribute("data-severity")} ${li.getAttribute("data-rule")} ${(li.firstChild?.textContent ?? "").trim()}`),
  );
}

describe("检查已有报告 takes Markdown", () => {
  it("uploads a .md file: the same issues as nianbao check, the unit and year read", async () => {
    await page.goto(`${BASE}/check`);
    await page.getByLabel("上传报告文件").setInputFiles(file);
    expect(await shown()).toEqual(await cli());
    expect(await page.locator("main").textContent()).toContain(`${md.source.unit.name} · ${md.source.year}年度`);
  });

  it("pastes the Markdown as text: the same issues as the file", async () => {
    await page.goto(`${BASE}/check`);
    await page.fill("#check-text", text());
    await page.getByRole("button", { name: "检查粘贴的文字" }).click();
    expect(await shown()).toEqual(await cli());
    expect(await page.locator("main").textContent()).toContain(`${md.source.unit.name} · ${md.source.year}年度`);
  });
});
