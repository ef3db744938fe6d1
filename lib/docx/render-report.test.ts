// The .docx XML against GB/T 9704—2012 numbers (format-2021.md §8) and the official template's tables.
import path from "node:path";
import { Packer } from "docx";
import { beforeAll, describe, expect, it } from "vitest";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { readWordTables, type WordCell } from "../../test-support/word-tables";
import type { Report } from "../report/types";
import { renderReport } from "./render-report";
import type { RenderOptions } from "./options";
import { signatureLayout } from "./signature";
import { els, kids, readDocx, style, tempDir, textOf, val, W, writeTemp, type DocxParts } from "../../test-support/docx-utils";

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

  it("body defaults: 3号 (16 pt) 仿宋_GB2312, Times New Roman for Western text, Latin en-US and East Asian zh-CN, fixed 28.95 pt", () => {
    const styles = main.xml("word/styles.xml");
    const defaults = els(styles, "docDefaults")[0]!;
    expect(fontsOf(defaults)).toEqual({ eastAsia: "仿宋_GB2312", ascii: "Times New Roman", hAnsi: "Times New Roman" });
    expect(sizeOf(defaults)).toBe("32");
    expect([val(els(defaults, "lang")[0]), val(els(defaults, "lang")[0], "eastAsia")]).toEqual(["en-US", "zh-CN"]);
    // The Normal style carries 3号 itself: the grid's charSpace counts from it (ECMA-376 §17.6.5).
    expect(sizeOf(style(styles, "Normal"))).toBe("32");
    const body = style(styles, pStyle(bodyParagraphs(main)[1]!)!);
    const spacing = els(body, "spacing")[0];
    expect([val(spacing, "line"), val(spacing, "lineRule")]).toEqual([String(Math.round(28.95 * 20)), "exact"]);
    const ind = els(body, "ind")[0];
    expect(val(ind, "firstLineChars")).toBe("200"); // 左空二字 on the grid
    expect(Number(val(ind, "firstLine"))).toBeGreaterThan(600);
  });

  it("a 22 × 28 document grid: linesAndChars, 28.95 pt lines, a character pitch that puts 28 on a 156 mm line", () => {
    const grid = els(main.xml("word/document.xml"), "docGrid")[0]!;
    expect(val(grid, "type")).toBe("linesAndChars");
    expect(val(grid, "linePitch")).toBe("579");
    const pitch = 16 + Number(val(grid, "charSpace")) / 4096; // ECMA-376 §17.6.5: Normal size + charSpace/4096 pt
    const width = (156 / 25.4) * 72;
    expect(Math.floor(width / pitch)).toBe(28);
    expect(22 * 28.95).toBeLessThanOrEqual((225 / 25.4) * 72);
  });

  it("body and headings sit on the grid; the title, tables, page numbers and signature do not", () => {
    const styles = main.xml("word/styles.xml");
    const offGrid = (id: string) => els(style(styles, id), "snapToGrid").some((e) => val(e) === "0");
    expect(["ReportBody", "ReportHeading1", "ReportHeading2"].map(offGrid)).toEqual([false, false, false]);
    expect(["ReportTitle", "ReportTableText", "ReportPageNumber", "ReportSignature", "ReportDraftMark"].map(offGrid)).toEqual([true, true, true, true, true]);
  });

  it("every run of text carries its language: Latin text en-US, Chinese text zh-CN (a table cell's run by its style)", () => {
    const doc = main.xml("word/document.xml");
    const inTable = (r: Element) => {
      for (let n = r.parentNode; n; n = n.parentNode) if ((n as Element).localName === "tbl") return true;
      return false;
    };
    const runs = els(doc, "r").filter((r) => textOf(r) !== "" && !inTable(r));
    expect(runs.length).toBeGreaterThan(60);
    for (const r of runs) {
      const lang = els(r, "lang")[0];
      const text = textOf(r);
      if (/[A-Za-z0-9]/.test(text)) expect({ text, lang: val(lang) }).toEqual({ text, lang: "en-US" });
      if (/[\u4e00-\u9fff]/.test(text)) expect({ text, lang: val(lang, "eastAsia") }).toEqual({ text, lang: "zh-CN" });
    }
    const tableStyle = els(style(main.xml("word/styles.xml"), "ReportTableText"), "lang")[0];
    expect([val(tableStyle), val(tableStyle, "eastAsia")]).toEqual(["en-US", "zh-CN"]);
    for (const r of els(doc, "r").filter(inTable)) expect(els(r, "lang")).toHaveLength(0);
  });

  it("declares every font it uses in fontTable.xml, with fallbacks (altName, PANOSE, GB2312 charset)", async () => {
    for (const fonts of ["gb2312", "windows"] as const) {
      const parts = fonts === "gb2312" ? main : (await render(fixture, { fonts })).parts;
      const used = new Set(els(parts.xml("word/styles.xml"), "rFonts").flatMap((f) => [val(f, "eastAsia"), val(f, "ascii")]).filter(Boolean));
      const declared = els(parts.xml("word/fontTable.xml"), "font");
      expect(new Set(declared.map((f) => val(f, "name")))).toEqual(used);
      for (const f of declared) {
        expect(val(els(f, "panose1")[0])).toMatch(/^[0-9A-F]{20}$/);
        if (/[^\x00-\x7f]/.test(val(f, "name")!)) expect([val(f, "name"), val(els(f, "charset")[0])]).toEqual([val(f, "name"), "86"]);
      }
    }
    const altOf = (name: string) => val(els(main.xml("word/fontTable.xml"), "font").find((f) => val(f, "name") === name)?.getElementsByTagNameNS(W, "altName")[0]);
    expect(altOf("仿宋_GB2312")).toContain("仿宋");
    expect(altOf("楷体_GB2312")).toContain("楷体");
    expect(altOf("方正小标宋简体")).toContain("宋体");
  });

  it("title: 2号 (22 pt) 方正小标宋简体, centred, 「{机关}{年}年政府信息公开工作年度报告」, the unit name on its own line", () => {
    const title = bodyParagraphs(main)[0]!;
    expect(textOf(title)).toBe("示例县城关镇人民政府2024年政府信息公开工作年度报告");
    const lines = Array.from(title.childNodes).filter((n) => n.nodeType === 1).reduce<string[]>((acc, r) => {
      const el = r as Element;
      if (el.localName !== "r") return acc;
      if (els(el, "br").length) acc.push("");
      acc[acc.length - 1] = (acc[acc.length - 1] ?? "") + textOf(el);
      return acc;
    }, [""]);
    expect(lines).toEqual(["示例县城关镇人民政府", "2024年政府信息公开工作年度报告"]);
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
      // A cached value, so a viewer that does not update fields still prints a number.
      expect(textOf(p)).toBe(type === "default" ? "— 1 —" : "— 2 —");
      expect(val(els(p, "fldSimple")[0], "instr")?.trim()).toBe("PAGE");
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
  });

  it("工作考核、社会评议和责任追究结果情况 is numbered （六）, after （五）监督保障 (GB/T 9704—2012 7.3.3)", () => {
    const t = texts(main);
    const at = t.indexOf("（五）监督保障");
    expect(t[at + 2]).toBe("（六）工作考核、社会评议和责任追究结果情况");
    expect(t[at + 3]).toBe("本年度未发生责任追究情况。");
  });

  it("the preamble ends with the contact sentence, stating only the details that are filled", async () => {
    const t = texts(main);
    const first = t.indexOf("一、总体情况");
    expect(t[first - 1]).toBe("如对本报告有疑问，请与党政办公室联系（地址：示例县城关镇人民路1号；邮编：000000；电话：0000-1234567）。");
    expect(t[first - 2]).toBe(fixture.preamble);
    const { parts } = await render(withProse((r) => (r.contact = { department: "", address: "", postcode: "", phone: "", email: "", website: "" })));
    expect(texts(parts).some((x) => x.startsWith("如对本报告有疑问"))).toBe(false);
  });

  it("署名 one blank line below the body, 右空二字; the date on the next line two characters in from the name (7.3.5.2)", async () => {
    for (const [name, date, iso] of [["示例县城关镇人民政府", "2025年1月20日", "2025-01-20"], ["某镇", "2025年12月31日", "2025-12-31"]] as const) {
      const { parts } = await render(withProse((r) => ((r.unit.name = name), (r.publishedOn = iso))));
      const ps = bodyParagraphs(parts);
      const [blank, sig, day] = ps.slice(-3);
      expect([textOf(ps[ps.length - 4]!) !== "", textOf(blank!), textOf(sig!), textOf(day!)]).toEqual([true, "", name, date]);
      const indent = (p: Element) => Number(val(els(p, "ind")[0], "left"));
      expect({ name: indent(sig!), date: indent(day!) }).toEqual({ name: signatureLayout(name, date).nameIndent, date: signatureLayout(name, date).dateIndent });
      expect(indent(day!) - indent(sig!)).toBe(2 * 16 * 20);
      const styles = parts.xml("word/styles.xml");
      for (const p of [sig!, day!]) expect(val(els(style(styles, pStyle(p)!), "jc")[0])).toBe("left");
    }
  });

  it("the signature never stands alone: the last body paragraph and the blank line keep with it", () => {
    const ps = bodyParagraphs(main);
    const sig = ps.length - 2;
    const keeps = ps.slice(sig - 2, sig + 1).map((p) => els(p, "keepNext").length);
    expect(textOf(ps[sig - 2]!)).toBe("无。");
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
    expect(t).toContain('a<w:p>b</w:p>&amp;"');
    expect(t).toContain("x😀"); // VT and FF are line breaks: a new paragraph
    expect(parts.text("word/document.xml")).toContain("a&lt;w:p&gt;b&lt;/w:p&gt;&amp;amp;");
  });

  it("no control, bidi, zero-width or BOM character typed anywhere reaches any part of the file", async () => {
    const bad = "\u202E甲\u202D\u2066乙\u2069\u200B丙\uFEFF\u007F\u0085\u009F\u0007\t丁\n戊";
    const report = withProse((r) => {
      r.unit.name = `示例${bad}镇`;
      r.preamble = bad;
      r.contact = { department: bad, address: bad, postcode: bad, phone: bad, email: bad, website: bad };
      for (const s of Object.values(r.prose)) {
        s.text = bad;
        for (const k of Object.keys(s.parts)) s.parts[k] = bad;
      }
      (r.tables.requests as Record<string, Record<string, unknown>>).received!.natural = bad;
    });
    for (const options of [{}, { draft: true }]) {
      const { parts } = await render(report, options);
      const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;
      for (const name of parts.names.filter((n) => n.endsWith(".xml"))) expect({ name, bad: forbidden.test(parts.text(name)) }).toEqual({ name, bad: false });
      // A tab or line break in a single-line field is a space: the unit name stays one line everywhere.
      expect(parts.text("docProps/core.xml")).toContain("<dc:creator>示例甲乙丙 丁 戊镇</dc:creator>");
      expect(texts(parts).slice(-2)[0]).toBe("示例甲乙丙 丁 戊镇");
      expect(textOf(bodyParagraphs(parts)[0]!)).toBe("示例甲乙丙 丁 戊镇2024年政府信息公开工作年度报告");
    }
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
