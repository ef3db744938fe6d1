// 台账 in Chromium 86 (issues #22, #24: 360安全浏览器 13 极速模式): 「从台账导入」 loads its panel, the register worker
// reads a generated .xlsx, the clerk settles the unsure values, and 「按台账填表」 fills 表三 with the counts the
// generator intended, balanced; a cell's cases open. No script error on the way.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, ElementHandle } from "puppeteer-core-10";
import { generateRegister, type Generated } from "../test-support/registers/generate";
import { APPLICANT_SPELLINGS, OUTCOME_SPELLINGS } from "../test-support/registers/spellings";
import { BASE } from "./browser";
import { byText, launchOld, oldPage, shotsDir, type OldPage } from "./old-browser";

const YEAR = 2024;
const STEP3 = "三、收到和处理政府信息公开申请情况";
let browser: Browser;
let page: OldPage;
let reg: Generated;
let file: string;

beforeAll(async () => {
  reg = await generateRegister({ seed: 7, kind: "requests", form: "xlsx", year: YEAR });
  file = path.join(mkdtempSync(path.join(tmpdir(), "nianbao-old-register-")), reg.fileName);
  writeFileSync(file, reg.bytes);
  browser = await launchOld("86");
  page = await oldPage(browser);
}, 180_000);
afterAll(async () => browser?.close());

/** What the generator meant by a value (its own spelling lists); null: no category (「不详」「已处理」). */
function intended(field: string, value: string): string | null {
  const lists: Record<string, Record<string, (string | [string, string])[]>> = { applicantType: APPLICANT_SPELLINGS, outcome: OUTCOME_SPELLINGS };
  for (const [key, spellings] of Object.entries(lists[field] ?? {})) {
    if (spellings.some((s) => (typeof s === "string" ? s === value : `${s[0]}：${s[1]}` === value))) return key;
  }
  return null;
}

async function openStep(label: string) {
  await (await byText(page, 'nav[aria-label="填写步骤"] button', new RegExp(`^${label}`))).click();
  await page.waitForFunction((l: string) => document.querySelector("#step-heading")?.textContent?.includes(l), {}, label);
}

describe("表三 from a register in Chromium 86", () => {
  it("fills 表三 with the intended counts, balanced", async () => {
    expect(await browser.version()).toContain("Chrome/86.");
    await page.goto(`${BASE}/`, { waitUntil: "load" });
    await (await byText(page, "button", "新建报告")).click();
    await page.waitForFunction(() => document.querySelector("#step-heading")?.textContent?.includes("任务清单"));
    await openStep("基本信息");
    await page.click('input[name="year"]', { clickCount: 3 });
    await page.keyboard.type(String(YEAR));
    await openStep(STEP3);
    await (await byText(page, "button", "从台账导入")).click();
    const input = (await page.waitForSelector("#register-file-requests")) as ElementHandle<HTMLInputElement>;
    await input.uploadFile(file);
    await page.waitForSelector('[data-testid="register-preview"]', { timeout: 60_000 });
    for (;;) {
      const open = await page.$('[data-testid="register-panel"] select[aria-invalid="true"]');
      if (!open) break;
      const [field, value] = await open.evaluate((s) => [s.closest("fieldset")!.getAttribute("data-field")!, s.closest("tr")!.getAttribute("data-value")!] as [string, string]);
      const id = await open.evaluate((s) => s.id);
      await page.select(`#${id}`, intended(field, value) ?? "__none");
    }
    await (await byText(page, "button", "按台账填表")).click();
    await page.waitForSelector('[data-testid="register-summary"]');
    const shown = await page.$$eval('[data-table="requests"] [data-cell]', (tds) => tds.map((td) => [td.getAttribute("data-cell")!, (td.firstElementChild?.textContent ?? "").trim()]));
    expect(Object.fromEntries(shown)).toEqual(Object.fromEntries(shown.map(([p]) => [p, String(reg.expected.counts[p!] ?? 0)])));
    const states = await page.$$eval("[data-balance]", (tds) => tds.map((td) => td.getAttribute("data-state")));
    expect(new Set(states)).toEqual(new Set(["ok"]));
    const path = Object.entries(reg.expected.cases).sort((a, b) => b[1].length - a[1].length)[0]![0];
    await page.click(`[data-register-mark="${path}"]`);
    await page.waitForSelector('dialog [data-testid="register-case-rows"]');
    const rows = await page.$$eval('dialog [data-testid="register-case-rows"] tbody th', (ths) => ths.map((th) => th.textContent));
    expect(rows).toEqual(reg.expected.cases[path]!.map((n) => `第 ${n} 行`));
    await page.screenshot({ path: `${shotsDir()}/register-86.png` });
    expect(page.errors).toEqual([]);
  });
});
