// Debian's Chromium, headless, no network chatter.
import { chromium, type Browser, type Page } from "playwright-core";
import { E2E_PORT } from "./global-setup";

export const BASE = `http://127.0.0.1:${E2E_PORT}`;

export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: "/usr/bin/chromium", headless: true, args: CHROMIUM_ARGS });
}

export async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, acceptDownloads: true, locale: "zh-CN" });
  return context.newPage();
}

/** Pastes text as Excel/WPS puts it on the clipboard, into the focused field. */
export async function pasteInto(page: Page, selector: string, text: string): Promise<void> {
  await page.focus(selector);
  await page.evaluate((t) => {
    const dt = new DataTransfer();
    dt.setData("text/plain", t);
    document.activeElement!.dispatchEvent(new ClipboardEvent("paste", { clipboardData: dt, bubbles: true, cancelable: true }));
  }, text);
}

/** A typed table cell (the <td>; the grid's one editor <input> is laid over it when it is focused). */
export const cell = (path: string) => `[data-cell="${path}"]`;
export const total = (path: string) => `[data-path="${path}"]`;
/** The grid's editor while it is on the cell of `path` (it carries that cell's name). */
export const editorOn = (path: string) => `[data-grid-editor][name="${path}"]`;

/** Like a clerk: go to the cell (the editor takes focus over it), then type over its content. */
export async function fillCell(page: Page, selector: string, text: string): Promise<void> {
  await page.focus(selector);
  await page.fill("[data-grid-editor]:focus", text);
}

/** What a typed cell holds: the editor's value when it is on the cell, else the text shown (a frame later). */
export async function cellValue(page: Page, path: string): Promise<string> {
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 0))));
  return page.locator(cell(path)).evaluate((td, p) => {
    const editor = td.closest("[data-grid-box]")?.querySelector<HTMLInputElement>("[data-grid-editor]");
    return editor?.name === p ? editor.value : (td.firstElementChild?.textContent ?? "");
  }, path);
}
