// Never lose work: a draft survives a crashed browser (SIGKILL, no shutdown), ≤ 1 s after the last keystroke.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { chromium } from "playwright-core";
import { BASE, CHROMIUM_ARGS, cell, cellValue, fillCell, launch, newPage } from "./browser";
import { newReport, readStoredDrafts } from "./helpers";

const profile = mkdtempSync(path.join(tmpdir(), "nianbao-crash-"));
const open = () =>
  chromium.launchPersistentContext(profile, { executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS, viewport: { width: 1366, height: 768 } });

function killBrowser() {
  // Only the Chromium processes of this test's own profile, by id.
  const out = execFileSync("pgrep", ["-f", `user-data-dir=${profile}`], { encoding: "utf8" });
  for (const pid of out.split("\n").filter(Boolean)) {
    try {
      process.kill(Number(pid), "SIGKILL");
    } catch {
      /* already gone */
    }
  }
}

afterAll(() => rmSync(profile, { recursive: true, force: true }));

describe("a crashed browser", () => {
  it("keeps what was typed up to a second before the crash", async () => {
    const ctx = await open();
    const page = await ctx.newPage();
    const id = await newReport(page);
    await page.goto(`${BASE}/report?id=${id}&step=requests`);
    await fillCell(page, cell("tables.requests.granted.natural"), "42");
    await page.waitForTimeout(1000);
    killBrowser();
    await ctx.close().catch(() => undefined);

    const again = await open();
    const p2 = await again.newPage();
    await p2.goto(`${BASE}/`);
    await p2.locator(`[data-draft="${id}"]`).waitFor();
    await p2.goto(`${BASE}/report?id=${id}&step=requests`);
    await p2.locator(cell("tables.requests.granted.natural")).waitFor();
    expect(await cellValue(p2, "tables.requests.granted.natural")).toBe("42");
    await again.close();
  });

  it("keeps a digit the page is hidden on, before the grid's editor passed it to the form", async () => {
    const browser = await launch();
    try {
      const page = await newPage(browser);
      const id = await newReport(page);
      await page.goto(`${BASE}/report?id=${id}&step=requests`);
      await page.focus(cell("tables.requests.granted.natural"));
      // In one task: a digit arrives (the editor hands it to the form after the frame's paint) and the page
      // is hidden. The autosave's flush on pagehide must see it, without waiting for its 500 ms pause.
      await page.evaluate(() => {
        const editor = document.querySelector<HTMLInputElement>("[data-grid-editor]")!;
        editor.value = "4321";
        editor.dispatchEvent(new Event("input", { bubbles: true }));
        dispatchEvent(new PageTransitionEvent("pagehide"));
      });
      const stored = async () => (await readStoredDrafts(page)).find(([key]) => key.includes(id))?.[1] ?? "";
      await expect.poll(stored, { timeout: 300, interval: 25 }).toContain("4321");
    } finally {
      await browser.close();
    }
  });
});
