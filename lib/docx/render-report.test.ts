// The .docx XML against GB/T 9704—2012 numbers (format-2021.md §8) and the official template's tables.
import path from "node:path";
import { Packer } from "docx";
import { beforeAll, describe, expect, it } from "vitest";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { readWordTables, type WordCell } from "../../test-support/word-tables";
import type { Report } from "../report/types";
import { renderReport } from "./render-report";
import type { RenderOptions } from "./options";
import { els, kids, readDocx, style, tempDir, textOf, val, writeTemp, type DocxParts } from "./test-utils";

const TEMPLATE = path.resolve(__dirname, "../../templates/gov-2021/fixtures/official-blank-template-2021.docx");
const fixture = valid as unknown as Report;
const twips = (mm: number) => Math.round((mm * 1440) / 25.4);
const dir = tempDir("nianbao-docx-");

async function render(report: Report, options: RenderOptions = {}): Promise<{ parts: DocxParts; file: string }> {
  const bytes = new Uint8Array(await Packer.toBuffer(renderReport(report, options)));
  return { parts: readDocx(bytes), file: writeTemp(dir, `r-${Math.random().toString(36).slice(2)}.docx`, bytes) };
}

function withProse(mutate: (r: Report) => void): Report {
  const r = structuredClone(fixture);
  mutate(r);
  return r;
}

let main: DocxParts;
let mainFile: string;
beforeAll(async () => {
  ({ parts: main, file: mainFile } = await render(fixture));
});

const bodyParagraphs = (p: DocxParts) => kids(els(p.xml("word/document.xml"), "body")[0]!, "p");
const pStyle = (p: Element) => val(els(p, "pStyle")[0]);
type Element = ReturnType<typeof kids>[number];

describe("page (GB/T 9704—2012 5.2)", () => {
  it("is A4 with margins 37/35/28/26 mm", () => {
    const doc = main.xml("word/document.xml");
    const sz = els(doc, "pgSz")[0]!;
    const mar = els(doc, "pgMar")[0]!;
    expect([val(sz, "w"), val(sz, "h")]).toEqual([String(twips(210)), String(twips(297))]);
    expect([val(mar, "top"), val(mar, "bottom"), val(mar, "left"), val(mar, "right")]).toEqual(
      [37, 35, 28, 26].map((mm) => String(twips(mm))),
    );
  });
});

describe("fonts, sizes and line pitch (GB/T 9704 7.2–7.3)", () => {
  const fontsOf = (el: Element) => {
    const f = els(el, "rFonts")[0];
    return { eastAsia: val(f, "eastAsia"), ascii: val(f, "ascii"), hAnsi: val(f, "hAnsi") };
  };
  const sizeOf = (el: Element) => val(els(el, "sz")[0]);

  it("body defaults: 3号 (16 pt) 仿宋_GB2312, Times New Roman for Western text, lang zh-CN, fixed 28.95 pt", () => {
    const styles = main.xml("word/styles.xml");
    const defaults = els(styles, "docDefaults")[0]!;
    expect(fontsOf(defaults)).toEqual({ eastAsia: "仿宋_GB2312", ascii: "Times New Roman", hAnsi: "Times New Roman" });
    expect(sizeOf(defaults)).toBe("32");
    expect(val(els(defaults, "lang")[0], "eastAsia")).toBe("zh-CN");
    expect(val(els(defaults, "lang")[0])).toBe("zh-CN");
    const body = style(styles, pStyle(bodyParagraphs(main)[1]!)!);
    const spacing = els(body, "spacing")[0];
    expect([val(spacing, "line"), val(spacing, "lineRule")]).toEqual([String(Math.round(28.95 * 20)), "exact"]);
    expect(val(els(body, "ind")[0], "firstLine")).toBe(String(2 * 16 * 20)); // 左空二字
  });

  it("title: 2号 (22 pt) 方正小标宋简体, centred, 「{机关}{年}年政府信息公开工作年度报告」", () => {
    const title = bodyParagraphs(main)[0]!;
    expect(textOf(title)).toBe("示例县城关镇人民政府2024年政府信息公开工作年度报告");
    const s = style(main.xml("word/styles.xml"), pStyle(title)!);
    expect(fontsOf(s).eastAsia).toBe("方正小标宋简体");
    expect(sizeOf(s)).toBe("44");
    expect(val(els(s, "jc")[0])).toBe("center");
  });

  it("一、 headings in 黑体, （一） headings in 楷体_GB2312, both kept with the next paragraph", () => {
    const styles = main.xml("word/styles.xml");
    const byText = (t: string) => bodyParagraphs(main).find((p) => textOf(p) === t)!;
    const h1 = style(styles, pStyle(byText("一、总体情况"))!);
    const h2 = style(styles, pStyle(byText("（一）主动公开"))!);
    expect(fontsOf(h1).eastAsia).toBe("黑体");
    expect(fontsOf(h2).eastAsia).toBe("楷体_GB2312");
    expect(els(h1, "keepNext")).toHaveLength(1);
    expect(els(h2, "keepNext")).toHaveLength(1);
  });

  it("windows profile uses fonts every Windows has", async () => {
    const { parts } = await render(fixture, { fonts: "windows" });
    const styles = parts.xml("word/styles.xml");
    const used = els(styles, "rFonts").map((f) => val(f, "eastAsia"));
    expect(new Set(used)).toEqual(new Set(["仿宋", "黑体", "楷体", "宋体"]));
  });
});

describe("page numbers (GB/T 9704 7.5)", () => {
  it("「— n —」 4号 宋体: odd pages right, even pages left, with evenAndOddHeaders set", () => {
    expect(els(main.xml("word/settings.xml"), "evenAndOddHeaders")).toHaveLength(1);
    const doc = main.xml("word/document.xml");
    const refs = els(doc, "footerReference");
    expect(refs.map((r) => val(r, "type")).sort()).toEqual(["default", "even"]);
    const rels = main.text("word/_rels/document.xml.rels");
    const footerFor = (type: string) => {
      const id = refs.find((r) => val(r, "type") === type)!.getAttribute("r:id");
      const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels)!;
      return main.xml(`word/${target[1] ?? target[2]}`);
    };
    const styles = main.xml("word/styles.xml");
    for (const [type, jc] of [["default", "right"], ["even", "left"]] as const) {
      const footer = footerFor(type);
      const p = els(footer, "p")[0]!;
      expect(val(els(p, "jc")[0])).toBe(jc);
      expect(textOf(p)).toBe("—  —");
      expect(els(p, "instrText")[0]!.textContent?.trim()).toBe("PAGE");
      const s = style(styles, pStyle(p)!);
      expect(val(els(s, "rFonts")[0], "eastAsia")).toBe("宋体");
      expect(val(els(s, "sz")[0])).toBe("28");
    }
  });
});

describe("document properties", () => {
  it("title and unit as creator", () => {
    const core = main.text("docProps/core.xml");
    expect(core).toContain("<dc:title>示例县城关镇人民政府2024年政府信息公开工作年度报告</dc:title>");
    expect(core).toContain("<dc:creator>示例县城关镇人民政府</dc:creator>");
  });
});

describe("tables match the official template (国办公开办函〔2021〕30号 附件)", () => {
  const official = readWordTables(TEMPLATE);
  let ours: WordCell[][][];
  beforeAll(() => {
    ours = readWordTables(mainFile);
  });

  it("three tables", () => expect(ours).toHaveLength(official.length));

  (["表二", "表三", "表四"] as const).forEach((name, t) => {
    it(`${name}: every cell has the template's label, gridSpan and vMerge`, () => {
      const want = official[t]!;
      const got = ours[t]!;
      expect(got.map((r) => r.length)).toEqual(want.map((r) => r.length));
      want.forEach((row, r) =>
        row.forEach((cell, c) => {
          const mine = got[r]![c]!;
          expect({ r, c, gridSpan: mine.gridSpan, vMerge: mine.vMerge }).toEqual({ r, c, gridSpan: cell.gridSpan, vMerge: cell.vMerge });
          if (cell.text !== "") expect({ r, c, text: mine.text }).toEqual({ r, c, text: cell.text });
        }),
      );
    });
  });

  it("the blank cells of the template carry the fixture's numbers, in order", () => {
    // The fixture lists rows and columns in template order, so its values flattened are the blanks read row by row.
    const flat = (o: object): string[] => Object.values(o).flatMap((v) => (v && typeof v === "object" ? flat(v) : [String(v)]));
    official.forEach((table, t) => {
      const key = (["proactive", "requests", "appeals"] as const)[t]!;
      const printed = table.flatMap((row, r) =>
        row.flatMap((cell, c) => (cell.text === "" && cell.vMerge !== "continue" ? [ours[t]![r]![c]!.text] : [])),
      );
      expect({ key, printed }).toEqual({ key, printed: flat(fixture.tables[key]) });
    });
  });

  it("prints blanks as 0", async () => {
    const r = withProse((x) => {
      (x.tables.requests as Record<string, Record<string, unknown>>).received!.research = null;
      (x.tables.appeals as Record<string, Record<string, unknown>>).review!.upheld = "";
    });
    const { file } = await render(r);
    const [, t3, t4] = readWordTables(file);
    expect(t3![3]![3]!.text).toBe("0"); // 一、本年新收: corner, 自然人, 商业企业, 科研机构
    expect(t4![3]![0]!.text).toBe("0"); // 表四: two header rows, a row of column labels, then the values
  });
});

describe("table geometry", () => {
  const tables = () => els(main.xml("word/document.xml"), "tbl");
  const grid = (tbl: Element) => els(tbl, "gridCol").map((g) => Number(val(g, "w")));
  const typeArea = twips(156);

  it("fixed layout, column widths filling the 156 mm type area", () => {
    for (const tbl of tables()) {
      expect(val(els(tbl, "tblLayout")[0], "type")).toBe("fixed");
      const sum = grid(tbl).reduce((a, b) => a + b, 0);
      expect(Math.abs(sum - typeArea)).toBeLessThanOrEqual(2);
    }
  });

  it("表三: label columns wider than value columns; 表四: 15 equal columns", () => {
    const [, t3, t4] = tables();
    const g3 = grid(t3!);
    expect(g3).toHaveLength(10);
    expect(Math.min(...g3.slice(0, 3))).toBeGreaterThanOrEqual(Math.max(...g3.slice(3)) - 1);
    expect(g3[2]).toBeGreaterThan(2 * g3[3]!);
    const g4 = grid(t4!);
    expect(g4).toHaveLength(15);
    expect(Math.max(...g4) - Math.min(...g4)).toBeLessThanOrEqual(1);
  });

  it("rows never split; 表三's 3 header rows repeat on a new page", () => {
    for (const tbl of tables()) for (const tr of kids(tbl, "tr")) expect(els(tr, "cantSplit")).toHaveLength(1);
    const rows = kids(tables()[1]!, "tr");
    const on = (tr: Element) => els(tr, "tblHeader").filter((h) => !["0", "false", "off"].includes(val(h) ?? "")).length;
    expect(rows.map(on)).toEqual(rows.map((_, i) => (i < 3 ? 1 : 0)));
  });

  it("each table follows its heading, which is kept with the table's first rows", () => {
    for (const tbl of tables()) {
      let prev = tbl.previousSibling;
      while (prev && prev.nodeType !== 1) prev = prev.previousSibling;
      const heading = prev as Element;
      expect(textOf(heading)).toMatch(/^[二三四]、/);
      expect(pStyle(heading)).toBe(pStyle(bodyParagraphs(main).find((p) => textOf(p) === "一、总体情况")!));
      const firstRow = kids(tbl, "tr")[0]!;
      expect(els(firstRow, "keepNext").length).toBeGreaterThan(0);
    }
  });
});

describe("prose", () => {
  const texts = (p: DocxParts) => bodyParagraphs(p).map(textOf);

  it("sections in template order, part headings before non-empty parts only, signature and date at the end", () => {
    const t = texts(main);
    const headings = t.filter((x) => /^[一二三四五六]、/.test(x));
    expect(headings).toEqual(["一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项"]);
    expect(t.indexOf("（一）主动公开") + 1).toBe(t.indexOf("全年通过政府门户网站主动公开政府信息126条。"));
    expect(t.slice(-2)).toEqual(["示例县城关镇人民政府", "2025年1月20日"]);
    const sig = bodyParagraphs(main).slice(-2);
    const styles = main.xml("word/styles.xml");
    for (const p of sig) expect(val(els(style(styles, pStyle(p)!), "jc")[0])).toBe("right");
  });

  it("the signature never stands alone: the last body paragraph and the blank lines keep with it", () => {
    const ps = bodyParagraphs(main);
    const sig = ps.length - 2;
    const keeps = ps.slice(sig - 3, sig).map((p) => els(p, "keepNext").length);
    expect(textOf(ps[sig - 3]!)).toBe("无。");
    expect(keeps).toEqual([1, 1, 1]);
  });

  it("keeps the clerk's paragraphs: one per line", async () => {
    const { parts } = await render(withProse((r) => (r.prose.problems!.text = "第一段。\n第二段。\r\n\n  第三段。")));
    const t = texts(parts);
    const at = t.indexOf("第一段。");
    expect(t.slice(at, at + 3)).toEqual(["第一段。", "第二段。", "第三段。"]);
  });

  it("skips empty parts", async () => {
    const { parts } = await render(withProse((r) => (r.prose.other!.parts.innovation = "  ")));
    expect(texts(parts)).not.toContain("（四）年度工作创新情况");
  });

  it("says no info fee was collected when the fee part is empty and infoFee is not-collected", async () => {
    const { parts } = await render(withProse((r) => (r.prose.other!.parts.fee = "")));
    const t = texts(parts);
    expect(t[t.indexOf("（一）收取信息处理费情况") + 1]).toContain("未收取信息处理费");
  });

  it("states the collected fee from infoFee when the fee part is empty", async () => {
    const { parts } = await render(withProse((r) => {
      r.prose.other!.parts.fee = "";
      r.infoFee = { status: "collected", amountYuan: 400 };
    }));
    const t = texts(parts);
    expect(t[t.indexOf("（一）收取信息处理费情况") + 1]).toBe("本年度收取信息处理费共计400元。");
  });

  it("typed markup stays text; XML-illegal characters are removed", async () => {
    const hostile = 'a<w:p>b</w:p>&amp;"\u0001\u0008\u000B\u000C\u001F\uFFFE\uFFFF\uD800x\uDC00😀';
    const { parts } = await render(withProse((r) => (r.prose.problems!.text = hostile)));
    const t = texts(parts);
    expect(t).toContain('a<w:p>b</w:p>&amp;"x😀');
    expect(parts.text("word/document.xml")).toContain("a&lt;w:p&gt;b&lt;/w:p&gt;&amp;amp;");
  });
});

describe("draft", () => {
  it("a 草稿 has 「草稿」 in the odd and even headers; a final file has no header", async () => {
    const { parts } = await render(fixture, { draft: true });
    const refs = els(parts.xml("word/document.xml"), "headerReference");
    expect(refs.map((r) => val(r, "type")).sort()).toEqual(["default", "even"]);
    const headers = parts.names.filter((n) => /^word\/header\d+\.xml$/.test(n));
    expect(headers).toHaveLength(2);
    for (const h of headers) expect(textOf(parts.xml(h).documentElement!)).toBe("草稿");
    expect(els(main.xml("word/document.xml"), "headerReference")).toHaveLength(0);
  });
});
