// Clerk-like actions shared by the e2e tests.
import type { Page } from "playwright-core";
import { BASE } from "./browser";

export async function newReport(page: Page, base = BASE): Promise<string> {
  await page.goto(`${base}/`);
  await page.getByRole("button", { name: "新建报告" }).click();
  await page.waitForURL(/\/report\?id=/);
  await page.getByRole("heading", { name: "任务清单" }).waitFor();
  return new URL(page.url()).searchParams.get("id")!;
}

export async function openStep(page: Page, label: string): Promise<void> {
  await page.getByRole("navigation", { name: "填写步骤" }).first().getByRole("button", { name: label }).click();
  await page.locator("#step-heading").filter({ hasText: label.replace(/^(基本信息|检查与预览)$/, "$1") }).waitFor();
}

/** Waits until the autosave indicator shows a save made after `since`. */
export async function waitSaved(page: Page): Promise<void> {
  await page.getByTestId("save-status").filter({ hasText: "已自动保存" }).waitFor({ timeout: 5000 });
}

/** 表三 as Excel would copy it (25 rows × 7 columns, 总计 included), balanced in every column. */
export function requestsBlock(): { text: string; received: number[]; granted: number[] } {
  const cols = 6;
  const rows: number[][] = Array.from({ length: 25 }, () => new Array(cols).fill(0));
  for (let c = 0; c < cols; c++) {
    rows[0]![c] = 10 + c; // 一、本年新收
    rows[1]![c] = 1; // 二、上年结转
    rows[2]![c] = 5 + c; // （一）予以公开
    rows[3]![c] = 2; // （二）部分公开
    rows[12]![c] = 3; // （四）1.本机关不掌握
    rows[23]![c] = 10 + c; // （七）总计
    rows[24]![c] = 1; // 四、结转下年度
  }
  const withTotal = rows.map((r) => [...r, r.reduce((a, b) => a + b, 0)]);
  return {
    text: withTotal.map((r) => r.join("\t")).join("\r\n") + "\r\n",
    received: withTotal[0]!,
    granted: withTotal[2]!,
  };
}

/** The drafts this browser context keeps (IndexedDB "nianbao"/"drafts"), to copy them into another context. */
export function readStoredDrafts(page: Page): Promise<[string, string][]> {
  return page.evaluate(
    () =>
      new Promise<[string, string][]>((resolve, reject) => {
        const req = indexedDB.open("nianbao", 1);
        req.onupgradeneeded = () => req.result.createObjectStore("drafts");
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const store = req.result.transaction("drafts").objectStore("drafts");
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => resolve(keys.result.map((k, i) => [String(k), String(values.result[i])]));
        };
      }),
  );
}

export function writeStoredDrafts(page: Page, entries: [string, string][]): Promise<void> {
  return page.evaluate(
    (list) =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open("nianbao", 1);
        req.onupgradeneeded = () => req.result.createObjectStore("drafts");
        req.onerror = () => reject(req.error);
        req.onsuccess = () => {
          const tx = req.result.transaction("drafts", "readwrite");
          for (const [k, v] of list) tx.objectStore("drafts").put(v, k);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    entries,
  );
}
