// A look, not only asserts (issue #22): the start page, 表三 and 检查与预览 in Chromium 86 beside the same in
// Debian's Chromium — screenshots of both, and the key boxes (task list, grid, buttons, preview) within a few
// pixels with the same colours.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser as NewBrowser, Page as NewPage } from "playwright-core";
import type { Browser as OldBrowser } from "puppeteer-core-10";
import { BASE, launch, newPage } from "./browser";
import { newReport, openStep } from "./helpers";
import { byText, launchOld, oldPage, shotsDir, type OldPage } from "./old-browser";

type Rgba = number[];
type Box = { selector: string; x: number; y: number; w: number; h: number; color: Rgba; background: Rgba; border: Rgba };

/** Runs in the page: each selector's first shown element, its box and colours as sRGB bytes (the new engine
 *  computes Tailwind's lab() colours, the old one their rgb() fallbacks: a canvas puts both in sRGB). */
function measure(selectors: string[]): Box[] {
  const ctx = document.createElement("canvas").getContext("2d")!;
  const rgba = (css: string) => {
    ctx.clearRect(0, 0, 1, 1);
    ctx.fillStyle = css;
    ctx.fillRect(0, 0, 1, 1);
    return Array.from(ctx.getImageData(0, 0, 1, 1).data);
  };
  return selectors.map((selector) => {
    const el = Array.from(document.querySelectorAll(selector)).find((e) => e.getClientRects().length > 0);
    if (!el) return { selector, x: NaN, y: NaN, w: NaN, h: NaN, color: [], background: [], border: [] };
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return { selector, x: r.x, y: r.y + scrollY, w: r.width, h: r.height, color: rgba(s.color), background: rgba(s.backgroundColor), border: rgba(s.borderTopColor) };
  });
}

/** The largest difference of any channel of any of the three colours. */
const colourGap = (a: Box, b: Box) =>
  Math.max(...(["color", "background", "border"] as const).flatMap((k) => a[k].map((v, i) => Math.abs(v - (b[k][i] ?? -999)))));

const PAGES = {
  start: ["main h1", "main button", "main input[type=file] + *", "main a[href='/check']"],
  requests: ['nav[aria-label="填写步骤"]', "[data-grid-box]", '[data-cell="tables.requests.received.natural"]', '[data-balance="natural"]', "main button", "#step-heading"],
  review: ['nav[aria-label="填写步骤"]', "#step-heading", "[data-preview-table=requests]", "main button", "[data-testid=step-issues], main ul"],
} as const;
// px, or 1 % of a tall box: the engines shape CJK punctuation a little differently, and round line heights
// (11 px × 1.375) differently row after row.
const tolerance = (size: number) => Math.max(4, size * 0.01);
const COLOUR_TOLERANCE = 2; // of 255: Tailwind's rgb() fallbacks are its lab() colours rounded

let oldBrowser: OldBrowser;
let newBrowser: NewBrowser;
let oldTab: OldPage;
let newTab: NewPage;

beforeAll(async () => {
  [oldBrowser, newBrowser] = await Promise.all([launchOld("86"), launch()]);
  oldTab = await oldPage(oldBrowser);
  newTab = await newPage(newBrowser);
});
afterAll(async () => Promise.all([oldBrowser?.close(), newBrowser?.close()]));

async function oldOpenStep(label: string) {
  await (await byText(oldTab, 'nav[aria-label="填写步骤"] button', new RegExp(`^${label}`))).click();
  await oldTab.waitForFunction((l: string) => document.querySelector("#step-heading")?.textContent?.includes(l), {}, label);
}

async function compare(name: keyof typeof PAGES) {
  const selectors = [...PAGES[name]];
  await oldTab.screenshot({ path: `${shotsDir()}/${name}-chromium86.png`, fullPage: true });
  await newTab.screenshot({ path: `${shotsDir()}/${name}-debian-chromium.png`, fullPage: true });
  const [was, now] = await Promise.all([oldTab.evaluate(measure, selectors), newTab.evaluate(measure, selectors)]);
  for (const [i, box] of now.entries()) {
    const old = was[i]!;
    expect(Number.isNaN(box.x), `${box.selector} is shown in Debian's Chromium`).toBe(false);
    for (const k of ["x", "y", "w", "h"] as const) {
      expect(Math.abs(old[k] - box[k]), `${name}: ${box.selector} ${k} (86: ${old[k]}, now: ${box[k]})`).toBeLessThanOrEqual(tolerance(k === "h" ? box.h : k === "w" ? box.w : 0));
    }
    expect(colourGap(old, box), `${name}: ${box.selector} colours (86: ${old.color}/${old.background}, now: ${box.color}/${box.background})`).toBeLessThanOrEqual(COLOUR_TOLERANCE);
  }
}

describe("Chromium 86 looks like Debian's Chromium", () => {
  it("the start page", async () => {
    await Promise.all([oldTab.goto(`${BASE}/`, { waitUntil: "load" }), newTab.goto(`${BASE}/`)]);
    await Promise.all([byText(oldTab, "p", "本浏览器中还没有草稿。"), newTab.getByText("本浏览器中还没有草稿。").waitFor()]);
    await compare("start");
  });

  it("表三", async () => {
    await (await byText(oldTab, "button", "新建报告")).click();
    await oldTab.waitForFunction(() => document.querySelector("#step-heading")?.textContent?.includes("任务清单"));
    await newReport(newTab);
    await oldOpenStep("三、收到和处理政府信息公开申请情况");
    await openStep(newTab, "三、收到和处理政府信息公开申请情况");
    await compare("requests");
  });

  it("检查与预览", async () => {
    await oldOpenStep("检查与预览");
    await openStep(newTab, "检查与预览");
    await oldTab.waitForSelector("[data-preview-table=requests]");
    await newTab.locator("[data-preview-table=requests]").waitFor();
    await compare("review");
  });
});
