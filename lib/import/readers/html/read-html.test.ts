// Web pages: the parser's view of a page (blocks), and whole reports published by a content system.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellDefs } from "../../../format/cell-path";
import type { CellValue, Report } from "../../../report/types";
import { getPath, setPath } from "../../../values/object-path";
import { gov2021 } from "../../../../templates/gov-2021";
import valid from "../../../../templates/gov-2021/fixtures/valid-report.json";
import { cmsPage } from "../../../../test-support/cms-page";
import { proseFields } from "../../../../test-support/generated-reports";
import { importReport } from "../../build/import-report";
import { htmlBlocks } from "./read-html";
import { encodeGbk } from "../../../../test-support/gbk";

const defs = cellDefs(gov2021);

describe("htmlBlocks", () => {
  it("block elements and <br> end lines; source line breaks between Chinese characters are not spaces; &nbsp; indents go", () => {
    const html = "<div><p>&nbsp;&nbsp;　　2024年，城关镇\n   认真贯彻<b>落实</b>条例。</p>第二行<br>第三行<span> 2 </span>件</div>";
    expect(htmlBlocks(html)).toEqual([
      { type: "p", text: "2024年，城关镇认真贯彻落实条例。" },
      { type: "p", text: "第二行" },
      { type: "p", text: "第三行 2 件" },
    ]);
  });

  it("Word's clipboard HTML: list numbers in conditional comments, <o:p>, spacer &nbsp;", () => {
    const word = `<html xmlns:o="urn:schemas-microsoft-com:office:office"><body><!--StartFragment-->
      <p class=MsoNormal style='mso-list:l0 level1 lfo1'><![if !supportLists]><span lang=EN-US>一、<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]><span>总体情况<o:p></o:p></span></p>
      <p class=MsoNormal style='text-indent:32.0pt'><span>2024</span><span>年，城关镇<o:p></o:p></span></p><!--EndFragment--></body></html>`;
    expect(htmlBlocks(word)).toEqual([
      { type: "p", text: "一、总体情况" },
      { type: "p", text: "2024年，城关镇" },
    ]);
  });

  it("skips scripts, styles, the head and hidden elements", () => {
    const html = "<html><head><title>标题</title><style>p{}</style></head><body><script>var a='一、总体情况'</script><p hidden>隐藏</p><p style='display: none'>也隐藏</p><p>正文</p></body></html>";
    expect(htmlBlocks(html)).toEqual([{ type: "p", text: "正文" }]);
  });

  it("a table's rows as written: merged cells once, blank cells empty, a cell's paragraphs on lines", () => {
    const html = `<table><tr><td rowspan="2">三、本年度<br>办理结果</td><td colspan="2">（一）予以公开</td><td>&nbsp;</td><td>/</td></tr>
      <tr><td>（二）部分公开</td><td><p>1</p></td><td> 2 </td><td>—</td></tr></table>`;
    expect(htmlBlocks(html)).toEqual([{ type: "table", rows: [["三、本年度\n办理结果", "（一）予以公开", "", "/"], ["（二）部分公开", "1", "2", "—"]] }]);
  });

  it("a layout table (a cell holding a table, one column, or paragraphs of text) is read as content", () => {
    const inner = "<table><tr><td>规章</td><td>0</td></tr></table>";
    expect(htmlBlocks(`<table><tr><td>一、总体情况</td><td>${inner}</td></tr></table>`)).toEqual([
      { type: "p", text: "一、总体情况" },
      { type: "table", rows: [["规章", "0"]] },
    ]);
    expect(htmlBlocks("<table><tr><td>一、总体情况</td></tr><tr><td>正文</td></tr></table>")).toEqual([
      { type: "p", text: "一、总体情况" },
      { type: "p", text: "正文" },
    ]);
    const long = "本年度".repeat(50);
    expect(htmlBlocks(`<table><tr><td>导航</td><td><p>${long}</p></td></tr></table>`)).toEqual([
      { type: "p", text: "导航" },
      { type: "p", text: long },
    ]);
  });

  it("the site around a saved report goes: menus before its title, page details, the footer after its date", () => {
    const html = `<div>首页 政务公开</div><h1>城关镇2024年政府信息公开<br>工作年度报告</h1><div>发布时间：2025-01-20 来源：城关镇</div>
      <p>本报告根据条例编制。</p><p>一、总体情况</p><p>正文。</p><table><tr><td>规章</td><td>0</td></tr></table>
      <p>城关镇</p><p>2025年1月20日</p><p>【打印本页】【关闭窗口】</p><p>网站标识码：1234</p>`;
    const texts = htmlBlocks(html).map((b) => (b.type === "p" ? b.text : "<table>"));
    expect(texts).toEqual(["城关镇2024年政府信息公开", "工作年度报告", "本报告根据条例编制。", "一、总体情况", "正文。", "<table>", "城关镇", "2025年1月20日"]);
  });
});

type Typed = { value: CellValue; text: string };
const typedArb = (kind: string): fc.Arbitrary<Typed> =>
  fc.oneof(
    { weight: 8, arbitrary: (kind === "count" ? fc.nat(999_999) : fc.integer({ min: 0, max: 9_999_999 }).map((n) => n / 1000)).map((v) => ({ value: v, text: String(v) })) },
    { weight: 1, arbitrary: fc.constantFrom("", "/", "—", " ").map((text) => ({ value: null, text })) },
  );

function published(cells: Typed[]): { report: Report; typed: Map<string, string> } {
  let report = structuredClone(valid) as unknown as Report;
  const typed = new Map<string, string>();
  defs.forEach((d, i) => {
    report = setPath(report, d.path, cells[i]!.value);
    typed.set(d.path, cells[i]!.text);
  });
  return { report, typed };
}

describe("a report published by a content system (colspan/rowspan, blank, 「/」 and 「—」 cells)", () => {
  it("gives back every value, blanks included, the title, the date and the prose (200 cases)", () => {
    fc.assert(
      fc.property(fc.tuple(...defs.map((d) => typedArb(d.kind))), (cells) => {
        const { report, typed } = published(cells);
        const r = importReport({ html: cmsPage(report, typed) });
        if (!r.ok) throw new Error(r.error);
        const diff = defs.filter((d) => getPath(r.report, d.path) !== getPath(report, d.path)).map((d) => `${d.path}: ${String(getPath(r.report, d.path))} ≠ ${String(getPath(report, d.path))}`);
        expect([...diff, ...r.unread]).toEqual([]);
        expect([r.report.unit.name, r.report.year, r.report.publishedOn]).toEqual([report.unit.name, report.year, report.publishedOn]);
        expect(proseFields(r.report)).toEqual(proseFields(report));
        expect(r.findings.filter((f) => f.rule.startsWith("structure."))).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });

  it("reads a saved page in GB2312 as its meta tag declares, like the same page in UTF-8", () => {
    const { report, typed } = published(defs.map((d, i) => ({ value: i, text: String(i) })));
    const utf8 = importReport({ name: "年报.html", bytes: new TextEncoder().encode(cmsPage(report, typed)) });
    const gbk = importReport({ name: "年报.htm", bytes: encodeGbk(cmsPage(report, typed, "gb2312")) });
    if (!utf8.ok || !gbk.ok) throw new Error("not read");
    expect(gbk.report).toEqual({ ...utf8.report, notes: gbk.report.notes });
    expect(gbk.report.tables).toEqual(report.tables);
  });
});

