// 表三 on an ordinary office screen: from 1024 px to 1920 px wide and at 125 %, 150 % and 200 % Windows
// scaling (a 1366 px screen at 150 % is a 911 px wide window with device scale factor 1.5). Every row
// label stays readable in a column at least 8 characters wide, the table scrolls inside its own box (the
// page never scrolls sideways), the 总计 column is never cut off, and the balance line is in view.
import { mkdirSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { BASE, cell, launch, pasteInto } from "./browser";
import { newReport, readStoredDrafts, requestsBlock, writeStoredDrafts } from "./helpers";

const shots = "test-results";
let browser: Browser;
let draft: string;

/** Screens as Windows shows them: the window in CSS pixels is the screen divided by the scale. */
const screens = [
  { name: "1024x768", w: 1024, h: 768, scale: 1 },
  { name: "1366x768", w: 1366, h: 768, scale: 1 },
  { name: "1366x768-125", w: 1366, h: 768, scale: 1.25 },
  { name: "1366x768-150", w: 1366, h: 768, scale: 1.5 },
  { name: "1920x1080", w: 1920, h: 1080, scale: 1 },
  { name: "1920x1080-200", w: 1920, h: 1080, scale: 2 },
];

async function open(s: (typeof screens)[number], step: string): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width: Math.round(s.w / s.scale), height: Math.round(s.h / s.scale) },
    deviceScaleFactor: s.scale,
    locale: "zh-CN",
  });
  const page = await context.newPage();
  await page.goto(`${BASE}/`);
  await writeStoredDrafts(page, stored);
  await page.goto(`${BASE}/report?id=${draft}&step=${step}`);
  await page.locator("#step-heading").waitFor();
  await page.locator("[data-grid-box]").waitFor();
  return page;
}

let stored: [string, string][] = [];

beforeAll(async () => {
  mkdirSync(shots, { recursive: true });
  browser = await launch();
  // One filled draft (表三 pasted), copied into each screen's fresh browser context.
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: "zh-CN" });
  const page = await context.newPage();
  draft = await newReport(page);
  await page.goto(`${BASE}/report?id=${draft}&step=requests`);
  await pasteInto(page, cell("tables.requests.received.natural"), requestsBlock().text);
  await page.getByTestId("save-status").filter({ hasText: "已自动保存" }).waitFor();
  stored = await readStoredDrafts(page);
  await context.close();
});
afterAll(async () => browser?.close());

/** Every row label of 表三: its box, its column widths, whether its text is cut, 8 characters of its font. */
function labelFacts(page: Page) {
  return page.evaluate(() => {
    const box = document.querySelector<HTMLElement>('[data-grid-box="requests"]')!;
    const b = box.getBoundingClientRect();
    const cols = [...box.querySelectorAll("col")].map((c) => c.getBoundingClientRect().width);
    return [...box.querySelectorAll<HTMLTableCellElement>('tbody th[scope="row"], tbody th[scope="rowgroup"]')].map((th) => {
      const r = th.getBoundingClientRect();
      const font = parseFloat(getComputedStyle(th).fontSize);
      return {
        text: th.textContent ?? "",
        width: r.width,
        eightChars: 8 * font,
        cut: th.scrollWidth > th.clientWidth + 1 || th.scrollHeight > th.clientHeight + 1,
        inView: r.left >= b.left - 1 && r.right <= b.right + 1 && r.width > 0,
        /** A row's own label (not a group label spanning rows). */
        row: th.scope === "row",
        height: r.height,
        cols,
      };
    });
  });
}

describe.each(screens)("表三 at $name", (s) => {
  it("every label readable in a column ≥ 8 characters wide, the table scrolling in its own box, 总计 in view", async () => {
    const page = await open(s, "requests");
    await page.screenshot({ path: `${shots}/layout-requests-${s.name}.png` });
    const facts = await labelFacts(page);
    expect(facts).toHaveLength(25 + 5); // the 25 rows' labels and the 5 group labels
    const labelCols = facts[0]!.cols.slice(0, 3);
    for (const w of labelCols) expect(w).toBeGreaterThanOrEqual(facts[0]!.eightChars);
    for (const f of facts) {
      expect(f.cut, f.text).toBe(false);
      // A row is at most three lines of label high (not ~200 px when its column was squeezed).
      if (f.row) expect(f.height, f.text).toBeLessThan(70);
    }

    // Scrolled all the way right: the labels stay (sticky) and so does 总计.
    await page.locator('[data-grid-box="requests"]').evaluate((el) => el.scrollTo({ left: el.scrollWidth }));
    for (const f of await labelFacts(page)) expect(f.inView, f.text).toBe(true);
    const totals = () =>
      page.evaluate(() => {
        const b = document.querySelector('[data-grid-box="requests"]')!.getBoundingClientRect();
        return [...document.querySelectorAll('[data-path$=".total"]')].slice(0, 3).map((t) => {
          const r = t.getBoundingClientRect();
          return r.left >= b.left - 1 && r.right <= b.right + 1 && r.width > 30;
        });
      });
    expect(await totals()).toEqual([true, true, true]);
    await page.locator('[data-grid-box="requests"]').evaluate((el) => el.scrollTo({ left: 0 }));
    expect(await totals()).toEqual([true, true, true]);

    // The page itself never scrolls sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await page.context().close();
  });
});

describe("the balance line", () => {
  it("is in view without scrolling when 表三 opens at 1366×768", async () => {
    const page = await open(screens[1]!, "requests");
    // What the clerk sees are the row's cells: they stick one by one (a <tfoot> cannot stick in Chromium < 91).
    const r = await page.getByTestId("balance-row").evaluate((el) => {
      const cells = Array.from(el.children).map((c) => c.getBoundingClientRect());
      return { top: Math.min(...cells.map((b) => b.top)), bottom: Math.max(...cells.map((b) => b.bottom)), scrollY: window.scrollY, h: window.innerHeight };
    });
    expect(r.scrollY).toBe(0);
    expect(r.bottom).toBeLessThanOrEqual(r.h);
    expect(r.top).toBeGreaterThan(0);
    expect(await page.locator('[data-balance="natural"]').evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(14);
    await page.context().close();
  });
});

describe.each(["proactive", "appeals", "basics", "overview", "review"])("step %s", (step) => {
  it("never scrolls the page sideways, from 1024 px to 200 % zoom", async () => {
    for (const s of [screens[0]!, screens[3]!, screens[5]!]) {
      const context = await browser.newContext({ viewport: { width: Math.round(s.w / s.scale), height: Math.round(s.h / s.scale) }, deviceScaleFactor: s.scale, locale: "zh-CN" });
      const page = await context.newPage();
      await page.goto(`${BASE}/`);
      await writeStoredDrafts(page, stored);
      await page.goto(`${BASE}/report?id=${draft}&step=${step}`);
      await page.locator("#step-heading").waitFor();
      await page.waitForTimeout(300);
      if (s === screens[3]) await page.screenshot({ path: `${shots}/layout-${step}-${s.name}.png` });
      expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth), `${step} at ${s.name}`).toBe(true);
      await context.close();
    }
  });
});

describe("the grid's one editor, laid over the cell being edited", () => {
  /** The editor's box against its cell's inner box, and what the screen shows at the editor's centre. */
  const fit = (page: Page) =>
    page.evaluate(() => {
      const editor = document.querySelector<HTMLInputElement>("[data-grid-editor]")!;
      const td = document.querySelector<HTMLElement>(`[data-cell="${editor.name}"]`)!;
      const e = editor.getBoundingClientRect();
      const t = td.getBoundingClientRect();
      const hit = document.elementFromPoint(e.left + e.width / 2, e.top + e.height / 2);
      return {
        name: editor.name,
        dx: Math.abs(e.left - t.left),
        dy: Math.abs(e.top - t.top),
        dw: Math.abs(e.width - td.clientWidth),
        dh: Math.abs(e.height - td.clientHeight),
        seen: hit === editor,
        focused: document.activeElement === editor,
      };
    });

  it("follows Tab, Enter and arrows over its cell, into view, at 150 % and after the window changes size", async () => {
    const page = await open(screens[3]!, "requests");
    await page.focus(cell("tables.requests.received.natural"));
    const moves = ["Tab", "Tab", "Tab", "Tab", "Tab", "Tab", ...new Array(20).fill("Enter"), "ArrowLeft", "ArrowLeft"];
    for (const key of moves) {
      await page.keyboard.press(key);
      const f = await fit(page);
      expect(f.focused, key).toBe(true);
      expect([f.dx, f.dy, f.dw, f.dh].every((d) => d < 1.5), `${f.name} ${JSON.stringify(f)}`).toBe(true);
      expect(f.seen, `${f.name} in view, not under a sticky part`).toBe(true);
    }
    const at = (await fit(page)).name;
    await page.setViewportSize({ width: 1366, height: 768 });
    await expect.poll(async () => { const f = await fit(page); return f.dx < 1.5 && f.dy < 1.5 && f.dw < 1.5; }).toBe(true);
    expect((await fit(page)).name).toBe(at);
    await page.keyboard.type("7");
    expect(await page.inputValue(`[data-grid-editor][name="${at}"]`)).toBe("7");
    await page.context().close();
  });

  it("passes under the sticky row labels when the table scrolls sideways", async () => {
    const page = await open(screens[3]!, "requests");
    await page.focus(cell("tables.requests.received.natural"));
    const box = page.locator('[data-grid-box="requests"]');
    const covered = await box.evaluate((el) => {
      el.scrollLeft = 60;
      const e = el.querySelector("[data-grid-editor]")!.getBoundingClientRect();
      return document.elementFromPoint(e.left + 5, e.top + e.height / 2)?.closest("th")?.textContent ?? "";
    });
    expect(covered).toContain("本年新收政府信息公开申请数量");
    await page.context().close();
  });

  it("is the grid's one tab stop: Tab from the last button above it (从台账导入) enters it, Shift+Tab leaves to that button", async () => {
    const page = await open(screens[1]!, "requests");
    await page.getByRole("button", { name: "从台账导入" }).focus();
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).name)).toBe("tables.requests.received.natural");
    await page.keyboard.press("Shift+Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("从台账导入");
    await page.context().close();
  });
});
