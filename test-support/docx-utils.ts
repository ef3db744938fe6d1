// Test support for lib/docx (used only by *.test.ts): read the parts of a .docx, and convert with LibreOffice.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { strFromU8, unzipSync } from "fflate";
import { DOMParser, type Document as XmlDocument, type Element } from "@xmldom/xmldom";

export const W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export type DocxParts = { xml: (name: string) => XmlDocument; text: (name: string) => string; names: string[] };

export function readDocx(bytes: Uint8Array): DocxParts {
  const files = unzipSync(bytes);
  const text = (name: string) => {
    const f = files[name];
    if (!f) throw new Error(`no part ${name}`);
    return strFromU8(f);
  };
  const xml = (name: string) => {
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, msg) => void (level !== "warning" && errors.push(msg)) }).parseFromString(text(name), "text/xml");
    if (errors.length) throw new Error(`${name} is not well-formed XML: ${errors.join("; ")}`);
    return doc;
  };
  return { xml, text, names: Object.keys(files) };
}

export const els = (root: XmlDocument | Element, name: string): Element[] => Array.from(root.getElementsByTagNameNS(W, name));
export const kids = (el: Element, name: string): Element[] =>
  Array.from(el.childNodes).filter((n): n is Element => n.nodeType === 1 && (n as Element).localName === name);
export const val = (el: Element | undefined, attr = "val"): string | null => (el ? el.getAttributeNS(W, attr) || el.getAttribute(`w:${attr}`) || null : null);
/** The text of an element as a reader sees it: w:t, and w:noBreakHyphen as 「-」. */
export const textOf = (el: Element): string =>
  els(el, "*")
    .map((e) => (e.localName === "t" ? (e.textContent ?? "") : e.localName === "noBreakHyphen" ? "-" : ""))
    .join("");

/** The w:style element with this styleId. */
export function style(styles: XmlDocument, id: string): Element {
  const s = els(styles, "style").find((e) => val(e, "styleId") === id);
  if (!s) throw new Error(`no style ${id}`);
  return s;
}

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

export function writeTemp(dir: string, name: string, bytes: Uint8Array): string {
  const p = path.join(dir, name);
  writeFileSync(p, bytes);
  return p;
}

/**
 * The fonts LibreOffice uses for the report's font names, fixed so that a test cannot pass or fail because of
 * which other fonts a machine has (.ci/run installs these: fonts-noto-cjk, fonts-liberation2). Without Liberation
 * Serif, fontconfig falls back to DejaVu Serif, whose wider digits the layout allows for (lib/docx/measure.ts).
 */
export const TEST_FONTS: Record<string, string> = {
  仿宋_GB2312: "Noto Serif CJK SC",
  仿宋: "Noto Serif CJK SC",
  楷体_GB2312: "Noto Serif CJK SC",
  楷体: "Noto Serif CJK SC",
  宋体: "Noto Serif CJK SC",
  方正小标宋简体: "Noto Serif CJK SC",
  黑体: "Noto Sans CJK SC",
  "Times New Roman": "Liberation Serif",
};

let fontConfig: string | undefined;
/** A fontconfig file: the machine's configuration plus a strong alias for each font of TEST_FONTS. */
export function testFontConfig(): string {
  if (fontConfig) return fontConfig;
  const base = process.env.FONTCONFIG_FILE ?? "/etc/fonts/fonts.conf";
  const rules = Object.entries(TEST_FONTS).map(
    ([name, family]) =>
      `<match target="pattern"><test name="family"><string>${name}</string></test>` +
      `<edit name="family" mode="assign" binding="strong"><string>${family}</string></edit></match>`,
  );
  const xml = `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><include ignore_missing="yes">${base}</include>${rules.join("")}</fontconfig>\n`;
  fontConfig = writeTemp(tempDir("fc-nianbao-"), "fonts.conf", new TextEncoder().encode(xml));
  return fontConfig;
}

/** The Chinese faces are required: without them LibreOffice prints boxes, and no layout check means anything. */
function assertCjkFonts(): void {
  const families = execFileSync("fc-list", [":", "family"], { encoding: "utf8", env: { ...process.env, FONTCONFIG_FILE: testFontConfig() } });
  const missing = [...new Set(Object.values(TEST_FONTS))].filter((f) => f.includes("CJK") && !families.includes(f));
  if (missing.length) throw new Error(`缺少字体 ${missing.join("、")}：请运行 bash .ci/run（或 apt-get install fonts-noto-cjk）`);
}

/** LibreOffice headless .docx → .pdf, with a private profile so parallel runs don't lock each other, and the
 * fonts of TEST_FONTS. */
export function convertToPdf(files: string[], outDir: string): void {
  assertCjkFonts();
  const profile = `file://${tempDir("lo-nianbao-")}`;
  execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", outDir, ...files], {
    stdio: "pipe",
    timeout: 300_000,
    env: { ...process.env, FONTCONFIG_FILE: testFontConfig() },
  });
}

/** Renders pages to PNG at 70 dpi (for looking at them). */
export function pdfToPng(pdf: string, prefix: string): void {
  execFileSync("pdftoppm", ["-r", "70", "-png", pdf, prefix]);
}

export function pdfPages(pdf: string): number {
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0);
}

export function pdfText(pdf: string): string {
  return execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
}

export const squash = (s: string) => s.replace(/[\s\u3000]/g, "");

export const readBytes = (p: string) => new Uint8Array(readFileSync(p));

export type Word = { x0: number; y0: number; x1: number; y1: number; text: string; page: number };

/** Words of a PDF with their boxes (pdftotext -bbox), in points from the page's top left corner. */
export function pdfWords(pdf: string): Word[] {
  const html = execFileSync("pdftotext", ["-bbox", "-enc", "UTF-8", pdf, "-"], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  const words: Word[] = [];
  let page = 0;
  const re = /<page |<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;
  for (const m of html.matchAll(re)) {
    if (m[0] === "<page ") page++;
    else words.push({ x0: +m[1]!, y0: +m[2]!, x1: +m[3]!, y1: +m[4]!, text: m[5]!, page });
  }
  return words;
}

/**
 * Text wrapped inside table cells, rebuilt: a word continues on the next line below it that starts at the same x
 * (left-aligned) or has the same centre (centred). pdftotext reads a table row by row, so a label wrapped over
 * several lines of a tall merged cell is interleaved with its neighbours; these chains put it back together.
 */
export function pdfWrappedTexts(pdf: string): string[] {
  const words = pdfWords(pdf).sort((a, b) => a.page - b.page || a.y0 - b.y0 || a.x0 - b.x0);
  const next = new Map<Word, Word>();
  const hasPrev = new Set<Word>();
  for (const a of words) {
    const h = a.y1 - a.y0;
    const below = words.filter(
      (b) => b.page === a.page && b.y0 > a.y0 + h * 0.5 && b.y0 < a.y0 + h * 1.6 && !hasPrev.has(b) &&
        (Math.abs(b.x0 - a.x0) < 1.5 || Math.abs(b.x0 + b.x1 - a.x0 - a.x1) < 3),
    );
    const b = below.sort((p, q) => p.y0 - q.y0)[0];
    if (b) {
      next.set(a, b);
      hasPrev.add(b);
    }
  }
  return words
    .filter((w) => !hasPrev.has(w))
    .map((w) => {
      let text = "";
      for (let cur: Word | undefined = w; cur; cur = next.get(cur)) text += cur.text;
      return text;
    });
}

export type Line = { page: number; y: number; x0: number; x1: number; text: string; words: Word[] };

/** Words grouped into lines (same page, same baseline within 2 pt), left to right. */
export function pdfLines(pdf: string): Line[] {
  const words = pdfWords(pdf).sort((a, b) => a.page - b.page || a.y1 - b.y1 || a.x0 - b.x0);
  const lines: Line[] = [];
  for (const w of words) {
    const line = lines.find((l) => l.page === w.page && Math.abs(l.y - w.y1) < 2);
    if (line) line.words.push(w);
    else lines.push({ page: w.page, y: w.y1, x0: 0, x1: 0, text: "", words: [w] });
  }
  for (const l of lines) {
    l.words.sort((a, b) => a.x0 - b.x0);
    l.x0 = l.words[0]!.x0;
    l.x1 = Math.max(...l.words.map((w) => w.x1));
    l.text = l.words.map((w) => w.text).join("");
  }
  return lines.sort((a, b) => a.page - b.page || a.y - b.y);
}
