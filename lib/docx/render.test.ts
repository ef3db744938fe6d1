// Render tests: the .docx opens in LibreOffice (headless → PDF) and the pages are checked as printed: title lines
// break only between words, full body lines hold 28 characters, no number is split, every page has its number,
// 表三 is never broken inside, 署名 and 成文日期 stand where GB/T 9704—2012 7.3.5.2 puts them, and every label
// and number is on the page. PNGs of every page are kept under test-results/docx/ for looking at them.
import { existsSync, mkdirSync, rmSync } from "node:fs";
import path from "node:path";
import { Packer } from "docx";
import { beforeAll, describe, expect, it } from "vitest";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { readWordTables } from "../../test-support/word-tables";
import { gov2021 } from "../../templates/gov-2021";
import { tableLayout } from "../format/table-layout";
import type { Report, TableValues } from "../report/types";
import type { RenderOptions } from "./options";
import { chineseDate } from "./paragraphs";
import { renderReport } from "./render-report";
import {
  convertToPdf, pdfLines, pdfPages, pdfText, pdfToPng, pdfWords, pdfWrappedTexts, squash, tempDir, writeTemp, type Line,
} from "../../test-support/docx-utils";
import { titleLines } from "./title-lines";

const ROOT = path.resolve(__dirname, "../..");
const TEMPLATE = path.join(ROOT, "templates/gov-2021/fixtures/official-blank-template-2021.docx");
const ARTIFACTS = path.join(ROOT, "test-results/docx");
const fixture = valid as unknown as Report;
const dir = tempDir("nianbao-render-");
/** The type area in PDF points: left margin 28 mm, width 156 mm. */
const LEFT = (28 / 25.4) * 72;
const RIGHT = LEFT + (156 / 25.4) * 72;
const CHAR = 16; // 一字 of 3号, pt

/** Every table cell gets its own number, `first`, `first + 1`, …, so each can be found on the page. */
function numbered(first: number, base: Report = fixture): { report: Report; numbers: string[] } {
  const report = structuredClone(base);
  const numbers: string[] = [];
  const visit = (o: TableValues) => {
    for (const k of Object.keys(o)) {
      const v = o[k];
      if (v && typeof v === "object") visit(v);
      else {
        o[k] = first + numbers.length;
        numbers.push(String(o[k]));
      }
    }
  };
  for (const t of Object.values(report.tables)) visit(t);
  return { report, numbers };
}

/** Six-digit counts everywhere, and the largest count validation accepts in 表四 (the narrowest cells). */
function wide(): { report: Report; numbers: string[] } {
  const { report, numbers } = numbered(900001);
  const appeals = report.tables.appeals as Record<string, Record<string, number>>;
  appeals.review!.upheld = Number.MAX_SAFE_INTEGER;
  numbers[numbers.indexOf(String(900001 + numbers.length - 15))] = String(Number.MAX_SAFE_INTEGER);
  report.unit.name = "内蒙古自治区鄂尔多斯市伊金霍洛旗人民政府"; // 20 characters
  return { report, numbers };
}

/** A long paragraph of Chinese characters only (no punctuation, so no line-start rule moves a character). */
const PLAIN = "政府信息公开工作坚持以公开为常态不公开为例外".repeat(8);
/** Numbers at every position of a line: each paragraph puts 「2024」「123456」 one character further on. */
const NUMBERS = Array.from({ length: 14 }, (_, k) => `${"政".repeat(14 + k)}统计期限自2024年1月1日起共收到申请123456件`).join("\n");

function prose(name: string, publishedOn: string): Report {
  const r = structuredClone(fixture);
  r.unit.name = name;
  r.publishedOn = publishedOn;
  r.prose.overview!.text = `${PLAIN}\n${NUMBERS}`;
  r.prose.problems!.text = Array.from({ length: 6 }, (_, i) => `第${i + 1}段。${"进一步加强政府信息公开工作，提升公开质量。".repeat(12)}`).join("\n");
  return r;
}

function hostile(): Report {
  const report = structuredClone(fixture);
  const big = Array.from({ length: 100 }, (_, i) => `第${i + 1}段` + "政务公开😀".repeat(166)).join("\n");
  report.prose.problems!.text = "控制字符\u0000\u0001\u0008\u001F\u007F\u0085\u009F\uFFFE\uFFFF\uD800尾\u202E<w:p>注入</w:p>&lt;\u200B\uFEFF" + "\n" + big.slice(0, 100_000);
  report.preamble = "前言\u001b[31m<w:r><w:t>x</w:t></w:r>]]>";
  report.unit.name = "某镇\u202E<b>人民\t政府</b>";
  return report;
}

/** Unit names of 2 to 20 characters (and one of 23, which needs three title lines). */
const NAMES = ["某镇", "示例县城关", "港口乡人民政府", "示例县大黑山镇人民政府", "国家税务总局深圳市龙岗区税务局", "黑龙江省哈尔滨市道里区人民政府办公室", "新疆维吾尔自治区乌鲁木齐市水磨沟区人民政府街道办"];

const CASES: Record<string, { report: Report; options: RenderOptions }> = {
  fixture: { report: fixture, options: {} },
  windows: { report: fixture, options: { fonts: "windows" } },
  numbered: { report: numbered(7001).report, options: { draft: true } },
  wide: { report: wide().report, options: {} },
  prose: { report: prose("示例县城关镇人民政府", "2025-01-20"), options: {} },
  longDate: { report: prose("某镇", "2025-12-31"), options: { fonts: "windows" } },
  hostile: { report: hostile(), options: { draft: true } },
  ...Object.fromEntries(NAMES.map((name, i) => [`name${i}`, { report: { ...fixture, unit: { ...fixture.unit, name } }, options: {} }])),
};
const pdf = (name: string) => path.join(dir, `${name}.pdf`);

beforeAll(async () => {
  const files: string[] = [];
  for (const [name, c] of Object.entries(CASES)) {
    files.push(writeTemp(dir, `${name}.docx`, new Uint8Array(await Packer.toBuffer(renderReport(c.report, c.options)))));
  }
  convertToPdf(files, dir);
  rmSync(ARTIFACTS, { recursive: true, force: true });
  mkdirSync(ARTIFACTS, { recursive: true });
  for (const name of Object.keys(CASES)) if (name !== "hostile") pdfToPng(pdf(name), path.join(ARTIFACTS, name));
}, 300_000);

/** Lines of body text that continue a paragraph start at the left margin; a paragraph's first line is indented. */
const continues = (l: Line) => Math.abs(l.x0 - LEFT) < 3;

describe("LibreOffice opens the rendered report", () => {
  it.each(Object.keys(CASES))("%s converts to PDF", (name) => {
    expect(existsSync(pdf(name))).toBe(true);
    expect(pdfPages(pdf(name))).toBeGreaterThan(0);
  });

  it("the fixture takes a sane number of pages", () => {
    const pages = pdfPages(pdf("fixture"));
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pages).toBeLessThanOrEqual(12);
    const text = squash(pdfText(pdf("fixture")));
    expect(text).toContain("示例县城关镇人民政府2024年政府信息公开工作年度报告");
    expect(text).toContain("2025年1月20日");
  });

  it.each(Object.keys(CASES))("%s: every page carries its own number 「— n —」 (7.5)", (name) => {
    const lines = pdfLines(pdf(name));
    for (let page = 1; page <= pdfPages(pdf(name)); page++) {
      const bottom = lines.filter((l) => l.page === page).at(-1);
      expect({ page, number: squash(bottom?.text ?? "") }).toEqual({ page, number: `—${page}—` });
    }
  });

  it("every label of the official template's tables is printed", () => {
    const texts = [squash(pdfText(pdf("fixture"))), ...pdfWrappedTexts(pdf("fixture")).map(squash)];
    const labels = new Set(readWordTables(TEMPLATE).flat(2).map((c) => c.text).filter(Boolean));
    expect(labels.size).toBeGreaterThan(50);
    const missing = [...labels].filter((l) => !texts.some((t) => t.includes(l)));
    expect(missing).toEqual([]);
  });

  it("every number of the report is printed", () => {
    const { numbers } = numbered(7001);
    const tokens = new Set(pdfText(pdf("numbered")).split(/\s+/));
    expect(numbers.filter((n) => !tokens.has(n))).toEqual([]);
    expect(squash(pdfText(pdf("numbered")))).toContain("草稿");
  });

  it("hostile prose (control characters, bidi overrides, markup, emoji, 100 000 characters) stays text", () => {
    const text = squash(pdfText(pdf("hostile")));
    expect(text).toContain("控制字符尾<w:p>注入</w:p>&lt;");
    expect(text).toContain("某镇<b>人民政府</b>");
    expect(text).toContain("第100段政务公开");
    expect(text).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u200B\u202A-\u202E\uFEFF]/);
    expect(pdfPages(pdf("hostile"))).toBeGreaterThan(50);
  });
});

describe("title (GB/T 9704—2012 7.3.1)", () => {
  it.each([...NAMES.keys()])("name%i: printed in the lines decided, so it breaks only between words", (i) => {
    const name = NAMES[i]!;
    const want = titleLines(name, fixture.year);
    const got = pdfLines(pdf(`name${i}`)).filter((l) => l.page === 1).slice(0, want.length).map((l) => squash(l.text));
    expect(got).toEqual(want);
  });

  it("the 20-character unit name is one line above 「2024年政府信息公开工作年度报告」", () => {
    const got = pdfLines(pdf("wide")).slice(0, 2).map((l) => squash(l.text));
    expect(got).toEqual(["内蒙古自治区鄂尔多斯市伊金霍洛旗人民政府", "2024年政府信息公开工作年度报告"]);
  });
});

describe("body text on the 22 × 28 grid (GB/T 9704—2012 7.1)", () => {
  it.each(["prose", "longDate"])("%s: a full body line holds 28 characters; the first, indented two, holds 26", (name) => {
    const lines = pdfLines(pdf(name));
    const start = lines.findIndex((l) => squash(l.text).startsWith("政府信息公开工作坚持"));
    const para: string[] = [];
    for (let i = start; para.join("").length < PLAIN.length; i++) para.push(squash(lines[i]!.text));
    expect(para.join("")).toBe(PLAIN);
    expect(para[0]).toHaveLength(26);
    for (const line of para.slice(1, -1)) expect(line).toHaveLength(28);
  });

  it.each(Object.keys(CASES).filter((n) => n !== "hostile"))("%s: no number is split across lines", (name) => {
    const lines = pdfLines(pdf(name));
    const split = lines.flatMap((l, i) => {
      const next = lines[i + 1];
      return next && next.page === l.page && continues(next) && /\d$/.test(l.text) && /^\d/.test(next.text) ? [`${l.text} / ${next.text}`] : [];
    });
    expect(split).toEqual([]);
  });

  it("numbers at every position of a line stay whole", () => {
    const text = squash(pdfText(pdf("prose")));
    expect(text.match(/统计期限自2024年1月1日起共收到申请123456件/g)).toHaveLength(14);
  });
});

describe("tables", () => {
  it("six-digit counts and the largest valid count are each printed whole, in 表三 and 表四", () => {
    const { numbers } = wide();
    const words = new Set(pdfWords(pdf("wide")).map((w) => w.text));
    expect(numbers.filter((n) => !words.has(n))).toEqual([]);
  });

  it.each(Object.keys(CASES).filter((n) => n !== "hostile"))("%s: 表三 is on one page, its labels beside its numbers", (name) => {
    const words = pdfWords(pdf(name));
    const layout = tableLayout(gov2021.tables.requests);
    const labels = layout.rows.flat().filter((c) => c.role === "row-header" && c.rowSpan === 1).map((c) => squash(c.text));
    const pageOf = (label: string) => {
      const first = [...label].slice(0, 6).join("");
      return words.find((w) => w.text.startsWith(first))?.page;
    };
    const pages = new Set(labels.map(pageOf));
    expect({ labels: labels.length, pages: [...pages] }).toEqual({ labels: labels.length, pages: [pageOf("申请人情况")] });
  });
});

describe("署名 and 成文日期 (GB/T 9704—2012 7.3.5.2)", () => {
  const signature = (name: string) => {
    const lines = pdfLines(pdf(name));
    const last = lines[lines.length - 1]!.page;
    const page = lines.filter((l) => l.page === last).slice(0, -1); // without the page number
    const [body, unit, date] = page.slice(-3);
    return { body: body!, unit: unit!, date: date! };
  };

  it.each([["prose", "示例县城关镇人民政府", "2025-01-20"], ["longDate", "某镇", "2025-12-31"], ["wide", "内蒙古自治区鄂尔多斯市伊金霍洛旗人民政府", "2025-01-20"]] as const)(
    "%s: one blank line below the body; the date's first character two characters right of the name's",
    (name, unit, iso) => {
      const s = signature(name);
      expect([squash(s.unit.text), squash(s.date.text)]).toEqual([unit, chineseDate(iso)]);
      const near = (got: number, want: number, by: number) => expect(Math.abs(got - want), `${got} ≈ ${want}`).toBeLessThan(by);
      // 空一行: two line pitches from the body's last line (the grid may seat a line's text 2 pt lower), not three.
      near(s.unit.y - s.body.y, 2 * 28.95, 4);
      near(s.date.y - s.unit.y, 28.95, 1.5);
      near(s.date.x0 - s.unit.x0, 2 * CHAR, 1.5);
    },
  );

  it("a name longer than the date stands 右空二字", () => {
    const s = signature("prose");
    expect(Math.abs(RIGHT - s.unit.x1 - 2 * CHAR)).toBeLessThan(1.5);
  });

  it("a date longer than the name stands about 右空二字, on one line, and the name moves left with it", () => {
    const s = signature("longDate");
    // Placed for digits of half an em with no space around them (Word; signature.ts). LibreOffice adds 0.2 em
    // between Chinese characters and digits, and a font may have wider digits (DejaVu Serif, 0.64 em):
    // allow both, never a wrap.
    const excess = 5 * 0.2 * CHAR + 8 * 0.14 * CHAR;
    expect(RIGHT - s.date.x1).toBeGreaterThan(2 * CHAR - excess - 2);
    expect(RIGHT - s.date.x1).toBeLessThan(2 * CHAR + 2);
    expect(RIGHT - s.unit.x1).toBeGreaterThan(RIGHT - s.date.x1 + 5 * CHAR);
  });
});

describe("artifacts", () => {
  it("keeps page images", () => {
    expect(existsSync(path.join(ARTIFACTS, "fixture-1.png"))).toBe(true);
  });
});
