// Server mode in two browsers (issue #26): a county set up on a fresh data directory (the service functions the
// CLI calls), the production server on it, and two contexts. The clerk signs in with a one-time password, sets
// a new one, opens a report (the valid fixture) and 报送; the reviewer signs in, loads the county's submissions
// into the desk, returns it with a remark anchored to a 表三 cell; the clerk finds the remark beside that cell,
// fixes it and sends again; the reviewer sees the changed cell before → after and approves; the clerk sees 已通过.
// And: the server without a county (the global one) shows today's pages, with no sign-in anywhere.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { closeDatabase, migrate, openDatabase } from "../lib/db";
import { importUnits, initCounty } from "../lib/accounts";
import { BASE, cell, fillCell, launch, newPage } from "./browser";
import { E2E_PORT } from "./global-setup";
import { startServer } from "./server";
import { openStep } from "./helpers";

const UNIT = valid.unit.name;
const YEAR = valid.year;
const CELL = "tables.requests.granted.natural";
const OTHER = "tables.requests.partlyGranted.natural";
const REMARK = "予以公开的自然人件数与登记台账不符，请核对";
const ROW = `报送/${YEAR}/${UNIT}.json`;

const dir = mkdtempSync(path.join(tmpdir(), "nianbao-e2e-submission-"));
const dataDir = path.join(dir, "data");
const reportFile = path.join(dir, "年报.json");
let server: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;
let clerk: Page;
let reviewer: Page;
let base: string;
let admin = { username: "", password: "" };
let unitClerk = { username: "", password: "" };
let otherClerk = "";

beforeAll(async () => {
  const db = await openDatabase({ dataDir, create: true });
  await migrate(db);
  const init = await initCounty(db, { county: "示例县" });
  const units = await importUnits(db, init.countyId, [UNIT, "示例县东关镇人民政府"]);
  await closeDatabase(db);
  admin = { username: init.username, password: init.adminPassword };
  const mine = units.created.find((u) => u.unit === UNIT)!;
  unitClerk = { username: mine.username, password: mine.password };
  otherClerk = units.created.find((u) => u.unit !== UNIT)!.username;
  writeFileSync(reportFile, JSON.stringify(valid));
  server = await startServer(E2E_PORT + 1, { NIANBAO_DATA_DIR: dataDir });
  base = server.url;
  browser = await launch();
  clerk = await newPage(browser);
  reviewer = await newPage(browser);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/** Signs in with a one-time password, which the page asks to replace first (设置新密码). */
async function firstSignIn(page: Page, who: { username: string; password: string }, fresh: string) {
  await page.goto(`${base}/login`);
  await page.getByLabel("账号").fill(who.username);
  await page.getByLabel("密码", { exact: true }).fill(who.password);
  await page.getByRole("button", { name: "登录" }).click();
  await page.getByRole("heading", { name: "设置新密码" }).waitFor();
  await page.getByLabel("新密码", { exact: true }).fill(fresh);
  await page.getByLabel("再次输入新密码").fill(fresh);
  await page.getByRole("button", { name: "设置新密码并登录" }).click();
  await page.getByTestId("account-bar").waitFor();
}

async function openReviewStep(page: Page, id: string) {
  await page.goto(`${base}/report?id=${id}&step=review`);
  await page.getByTestId("submit-panel").waitFor();
}

async function send(page: Page, version: number) {
  const button = page.getByRole("button", { name: "报送县政务公开办" });
  await expect.poll(() => button.isEnabled()).toBe(true);
  await button.click();
  await page.getByRole("button", { name: "确定报送" }).click();
  await expect.poll(() => page.getByTestId("submit-status").textContent()).toContain(`已报送（第 ${version} 版`);
}

/** The reviewer's desk with the county's submissions loaded, the unit's row opened. */
async function openOnDesk(page: Page) {
  await page.goto(`${base}/review`);
  const load = page.getByRole("button", { name: "载入报送的报告" });
  await expect.poll(() => load.isEnabled(), { timeout: 30_000 }).toBe(true);
  await load.click();
  const row = page.locator(`tr[data-entry="${ROW}"]`);
  await row.waitFor({ timeout: 60_000 });
  await row.getByRole("button").first().click();
  await page.getByTestId("submission-review").waitFor();
  return row;
}

/** Serious and critical axe violations (WCAG 2.1 A/AA and best practices), as e2e/a11y.e2e.ts counts them. */
async function serious(page: Page): Promise<string[]> {
  const all = await new AxeBuilder({ page }).analyze();
  return all.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

let draftId = "";

describe("报送与审核 in two browsers", () => {
  it("the clerk signs in with a one-time password, sets a new one and 报送s a report without errors", async () => {
    await firstSignIn(clerk, unitClerk, "书记员的新密码-2025");
    expect(await clerk.getByTestId("account-bar").textContent()).toContain(UNIT);
    await clerk.goto(`${base}/`);
    await clerk.setInputFiles("#import-json", reportFile);
    await clerk.waitForURL(/\/report\?id=/, { timeout: 60_000 });
    draftId = new URL(clerk.url()).searchParams.get("id")!;
    await openReviewStep(clerk, draftId);
    await expect.poll(() => clerk.getByTestId("submit-status").textContent()).toContain("草稿（尚未报送）");
    await send(clerk, 1);
    expect(await clerk.getByTestId("submission-status").textContent()).toBe("已报送");
  });

  it("the reviewer sees it on the desk and returns it with a remark anchored to a 表三 cell", async () => {
    await firstSignIn(reviewer, admin, "县里审核员的新密码-2025");
    const row = await openOnDesk(reviewer);
    expect(await row.locator('[data-col="submission"]').textContent()).toBe("已报送");
    // A deadline for the year, which the clerk then sees beside 报送.
    await reviewer.getByLabel(`${YEAR}年度报送截止日期`).fill(`${YEAR + 1}-01-31`);
    await reviewer.getByRole("button", { name: "保存截止日期" }).click();
    await reviewer.getByText("截止日期已保存。").waitFor();
    // 未报送 lists the unit that sent nothing (the roster is the county's units).
    await reviewer.getByRole("tab", { name: "名单核对" }).click();
    await expect.poll(() => reviewer.locator("main").textContent()).toContain("示例县东关镇人民政府");
    await reviewer.getByRole("tab", { name: "审核结果" }).click();
    await row.getByRole("button").first().click();
    await reviewer.getByRole("button", { name: "退回修改" }).click();
    await reviewer.getByLabel("第 1 条意见针对").selectOption(CELL);
    await reviewer.getByLabel("意见", { exact: true }).fill(REMARK);
    expect(await serious(reviewer)).toEqual([]);
    await reviewer.screenshot({ path: "test-results/submission-return-form.png", fullPage: true }); // looked at, not compared
    await reviewer.getByRole("button", { name: "确定退回修改" }).click();
    await expect.poll(() => reviewer.getByTestId("submission-review-status").textContent()).toContain("退回修改");
    await expect.poll(() => row.locator('[data-col="submission"]').textContent()).toBe("退回修改");
  });

  it("the clerk finds the remark beside that cell, fixes the table and sends a second version", async () => {
    await openReviewStep(clerk, draftId);
    await expect.poll(() => clerk.getByTestId("whole-remarks").textContent()).toContain(REMARK);
    await expect.poll(() => clerk.getByTestId("deadline").textContent()).toContain(`报送截止日期：${YEAR + 1}年1月31日`);
    await expect.poll(() => clerk.getByTestId("submission-status").textContent()).toBe("退回修改");
    await clerk.goto(`${base}/report?id=${draftId}&step=requests`);
    const marked = clerk.locator(`${cell(CELL)} [data-remark]`);
    await expect.poll(() => marked.textContent()).toContain(REMARK);
    expect(await clerk.locator(cell(CELL)).getAttribute("aria-describedby")).toContain(await marked.getAttribute("id"));
    expect(await clerk.getByTestId("step-remarks").textContent()).toContain(REMARK);
    expect(await serious(clerk)).toEqual([]);
    await clerk.locator(cell(CELL)).hover();
    await clerk.screenshot({ path: "test-results/submission-remark-cell.png" });
    // One case moves from 部分公开 to 予以公开: the balance holds, the report stays without errors.
    await fillCell(clerk, cell(CELL), String(valid.tables.requests.granted.natural + 1));
    await fillCell(clerk, cell(OTHER), String(valid.tables.requests.partlyGranted.natural - 1));
    await clerk.keyboard.press("Tab");
    await openStep(clerk, "检查与预览");
    await clerk.getByTestId("submit-panel").waitFor();
    await send(clerk, 2);
  });

  it("the reviewer sees the changed cell before → after, and approves; the clerk sees 已通过", async () => {
    await openOnDesk(reviewer);
    const diff = reviewer.getByTestId("version-diff");
    const changed = diff.locator(`[data-diff-path="${CELL}"]`);
    await changed.waitFor();
    expect(await changed.locator("del").textContent()).toBe(String(valid.tables.requests.granted.natural));
    expect(await changed.locator("ins").textContent()).toBe(String(valid.tables.requests.granted.natural + 1));
    expect(await diff.locator(`[data-diff-path="${OTHER}"] ins`).textContent()).toBe(String(valid.tables.requests.partlyGranted.natural - 1));
    await reviewer.screenshot({ path: "test-results/submission-diff.png", fullPage: true });
    await reviewer.getByRole("button", { name: "通过", exact: true }).click();
    await reviewer.getByRole("button", { name: "确定通过" }).click();
    await expect.poll(() => reviewer.getByTestId("submission-review-status").textContent()).toContain("已通过");

    await openReviewStep(clerk, draftId);
    await expect.poll(() => clerk.getByTestId("submit-status").textContent()).toContain("已通过（第 2 版");
    expect(await clerk.getByRole("button", { name: "报送县政务公开办" }).count()).toBe(0);
    expect(await clerk.getByTestId("whole-remarks").count()).toBe(0);
  });
});

describe("signing in and out", () => {
  it("too many wrong passwords: the page says how long to wait, in Chinese", async () => {
    const page = await newPage(browser);
    await page.goto(`${base}/login`);
    let said = "";
    for (let i = 0; i < 8 && !/后再试/.test(said); i++) {
      await page.getByLabel("账号").fill(otherClerk);
      await page.getByLabel("密码", { exact: true }).fill(`不对的密码-${i}`);
      await page.getByRole("button", { name: "登录" }).click();
      await page.getByRole("alert").filter({ hasText: "未能登录" }).waitFor();
      await expect.poll(() => page.getByRole("button", { name: "登录" }).isEnabled()).toBe(true);
      said = (await page.getByRole("alert").filter({ hasText: "未能登录" }).textContent()) ?? "";
    }
    expect(said).toMatch(/请在 \d+ (秒|分钟)后再试/);
    expect(await serious(page)).toEqual([]);
    await page.context().close();
  });

  it("在所有设备上退出 ends the clerk's session: the account bar goes, the server says signed out", async () => {
    await clerk.goto(`${base}/`);
    await clerk.getByTestId("account-bar").getByRole("button", { name: "在所有设备上退出" }).click();
    await clerk.waitForURL(/\/login/);
    await clerk.getByRole("heading", { name: "登录报送系统" }).waitFor();
    expect(await clerk.getByTestId("account-bar").count()).toBe(0);
    const session = await clerk.evaluate(() => fetch("/api/session").then((r) => r.json()));
    expect(session).toEqual({ serverMode: true, user: null });
  });
});

describe("a server without a county", () => {
  it("shows today's pages: no sign-in, no account bar, no 报送, nothing asked of the server beyond the session check", async () => {
    const page = await newPage(browser);
    const asked: string[] = [];
    page.on("request", (r) => void (new URL(r.url()).pathname.startsWith("/api/") && asked.push(new URL(r.url()).pathname)));
    for (const route of ["/", "/review", "/check"]) {
      await page.goto(`${BASE}${route}`);
      await page.waitForLoadState("networkidle");
      expect(await page.getByText("登录报送系统").count()).toBe(0);
      expect(await page.getByTestId("account-bar").count()).toBe(0);
      expect(await page.getByTestId("submission-source").count()).toBe(0);
    }
    await page.goto(`${BASE}/`);
    await page.getByRole("button", { name: "新建报告" }).click();
    await page.waitForURL(/\/report\?id=/);
    const id = new URL(page.url()).searchParams.get("id")!;
    await page.goto(`${BASE}/report?id=${id}&step=review`);
    await page.getByRole("heading", { name: "检查与预览" }).waitFor();
    await page.waitForLoadState("networkidle");
    expect(await page.getByTestId("submit-panel").count()).toBe(0);
    expect(await page.getByTestId("submission-status").count()).toBe(0);
    expect([...new Set(asked)]).toEqual(["/api/session"]);
    await page.context().close();
  });
});
