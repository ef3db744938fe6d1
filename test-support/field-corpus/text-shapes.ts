// The field corpus's text shapes (issue #21): reports as crawlers, CMS pages, PDF-to-Markdown tools and
// conversions hand them to a reviewer — on one line or a few long lines, under crawler headers, as Markdown
// (pipe tables, one table per row, `#` headings, `**bold**`), as Word's HTML on a site page, with the contact
// and fee sentences in their usual variants, sections numbered their own way, and conversion leftovers.
// Every case is written from a known report (the fixture, changed a little), so every cell can be asserted.
import { prosePath, tablePath } from "../../lib/format/cell-path";
import { contactSentence } from "../../lib/report/contact-sentence";
import type { Report } from "../../lib/report/types";
import { getPath, setPath } from "../../lib/values/object-path";
import { gov2021 } from "../../templates/gov-2021";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { fullGrid, reportItems, type GridCell, type Item, type ItemOptions } from "./report-items";
import { encodeGbk } from "../gbk";
import type { FieldCase } from "./types";

/** What a case adds to the findings of its source data: a structural finding the layout itself deserves. */
export type ExpectedFinding = { rule: string; cells: string[]; says: string[] };
export type TextShapeCase = FieldCase & { cause: string; findings: ExpectedFinding[] };

// ── sources: the fixture (a township), a county department that collected a fee, a subdistrict ──────────────

function base(): Report {
  const r = structuredClone(valid) as unknown as Report;
  delete r.lastYear;
  return r;
}

function changed(r: Report, by: number): Report {
  const plus = (p: string) => (r = setPath(r, p, (getPath(r, p) as number) + by));
  for (const p of ["received.natural", "received.total", "granted.natural", "granted.total", "outcomeTotal.natural", "outcomeTotal.total"]) plus(`tables.requests.${p}`);
  for (const p of ["review.upheld", "review.total"]) plus(`tables.appeals.${p}`);
  r = setPath(r, "tables.proactive.licensing.decisions", 100 + by);
  return setPath(r, "tables.proactive.fees.amount", 12.5 + by / 100);
}

function township(): Report {
  return base();
}

function department(): Report {
  let r = changed(base(), 7);
  const name = "示例县市场监督管理局";
  r = { ...r, unit: { name, kind: "county-department" }, year: 2023, publishedOn: "2024-01-25" };
  r.contact = { department: "办公室", address: "示例县建设路88号", postcode: "123456", phone: "0371-6543210", email: "scjgj@example.gov.cn", website: "http://scjgj.example.gov.cn" };
  r.preamble = r.preamble.replaceAll("2024", "2023");
  r.prose = structuredClone(r.prose);
  r.prose.overview!.text = "2023年，示例县市场监督管理局认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。";
  r.prose.overview!.parts.requests = "全年收到政府信息公开申请64件。";
  r.prose.overview!.parts.assessment = "";
  r.prose.other!.parts.fee = "2023年共收取信息处理费120元。";
  r.infoFee = { status: "collected", amountYuan: 120 };
  return r;
}

function subdistrict(): Report {
  let r = changed(base(), 3);
  const name = "示例县东城街道办事处";
  r = { ...r, unit: { name, kind: "subdistrict" }, year: 2022, publishedOn: "2023-01-18" };
  r.contact = { department: "党政办公室", address: "示例县东城路1号", postcode: "000001", phone: "0000-7654321", email: "dongcheng@example.gov.cn", website: "" };
  r.preamble = r.preamble.replaceAll("2024", "2022");
  r.prose = structuredClone(r.prose);
  r.prose.overview!.text = "2022年，东城街道认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作。";
  r.prose.overview!.parts.requests = "全年收到政府信息公开申请60件。";
  r.prose.other!.parts.fee = "2022年未收取信息处理费。";
  return r;
}

// ── the usual sentences in their usual variants ──────────────────────────────────────────────────────────

const who = (r: Report) => r.contact.department || r.unit.name;
const listed = (r: Report, labels: Partial<Record<keyof Report["contact"], string>>, sep: string) =>
  (Object.entries(labels) as [keyof Report["contact"], string][]).filter(([k]) => r.contact[k]).map(([k, label]) => `${label}：${r.contact[k]}`).join(sep);

const CONTACT = {
  format: (r: Report) => contactSentence(r),
  commas: (r: Report) => `如对本年度报告有疑问，请与${who(r)}联系（${listed(r, { address: "地址", postcode: "邮编", phone: "电话", email: "邮箱", website: "网址" }, "，")}）。`,
  annual: (r: Report) => `如对年度报告有疑问，请与${who(r)}联系（${listed(r, { address: "通信地址", postcode: "邮编", phone: "电话（传真）", email: "电子邮箱", website: "网站" }, "；")}）。`,
  unbracketed: (r: Report) => `如对本报告有疑问，请与${who(r)}联系。${listed(r, { address: "地址", postcode: "邮政编码", phone: "联系电话", email: "电子邮箱", website: "网址" }, "，")}。`,
};

/** The fee stated another way: the source's 六 says it so, and the status is what the sentence means. */
function withFee(r: Report, sentence: string, fee: Report["infoFee"], where: "part" | "text"): Report {
  r = structuredClone(r);
  const other = r.prose.other!;
  if (where === "part") other.parts.fee = sentence;
  else {
    // 六 without sub-headings: the sentence is one of its paragraphs, not the first
    const rest = Object.values(other.parts).filter((t) => t.trim() && !/信息处理费/.test(t));
    r.prose.other = { text: [rest[0] ?? "无。", sentence, ...rest.slice(1)].join("\n"), parts: Object.fromEntries(Object.keys(other.parts).map((k) => [k, ""])) };
  }
  return { ...r, infoFee: fee };
}

// ── writers ──────────────────────────────────────────────────────────────────────────────────────────────

/** A table row as text on a web page: the cells that start in it, blanks gone, one space between. */
const spacedRow = (row: GridCell[]) => row.map((c) => c.text.trim()).filter(Boolean).join(" ");

/** One line per paragraph, heading and table row (a crawler's text of a page). */
function plainLines(items: Item[]): string[] {
  return items.flatMap((it) => (it.kind === "table" ? it.rows.map(spacedRow) : [it.text]));
}

/** All on one line: paragraphs joined by `sep`, a table's cells and rows by a space (the page's whitespace between <td>s). */
function oneLine(items: Item[], sep: string): string {
  return items.map((it) => (it.kind === "table" ? ` ${it.rows.map(spacedRow).join(" ")} ` : it.text)).join(sep);
}

/** Lines grouped: a new line only at each section heading (a few long lines), joined by `sep`. */
function sectionLines(items: Item[], sep: string): string[] {
  const out: string[][] = [[]];
  for (const it of items) {
    if (it.kind === "heading" || (it.kind === "signature" && out[out.length - 1]![0] !== "")) out.push(it.kind === "signature" ? [""] : []);
    out[out.length - 1]!.push(...(it.kind === "table" ? it.rows.map(spacedRow) : [it.text]));
  }
  return out.map((l) => l.filter(Boolean).join(sep));
}

const pipeRow = (cells: string[]) => `| ${cells.map((c) => c.replace(/\n/g, " ").replace(/\|/g, "\\|")).join(" | ")} |`;
const rule = (n: number) => `|${Array.from({ length: n }, () => "---").join("|")}|`;

type MdStyle = { fill: "empty" | "repeat"; perRow?: boolean; parts: "bold" | "###"; boldLabels?: boolean };

/** Markdown as PDF converters write it: `#` title, `##` sections, parts in bold or `###`, pipe tables. */
function markdown(items: Item[], style: MdStyle): string {
  const out: string[] = [];
  for (const it of items) {
    if (it.kind === "title") out.push(`# ${it.text}`, "");
    else if (it.kind === "heading") out.push(`## ${it.text}`, "");
    else if (it.kind === "part") out.push(style.parts === "bold" ? `**${it.text}**` : `### ${it.text}`, "");
    else if (it.kind === "table") {
      const grid = fullGrid(it.rows, style.fill);
      const width = Math.max(...grid.map((r) => r.length));
      if (style.perRow) {
        // one table per printed row, each under a made-up header row 「数据1 | 数据2 …」
        const header = Array.from({ length: width }, (_, i) => `数据${i + 1}`);
        for (const row of grid) out.push(pipeRow(header), rule(width), pipeRow(row), "");
      } else {
        const [first, ...rest] = grid;
        out.push(pipeRow(first!), rule(width), ...rest.map(pipeRow), "");
      }
    } else out.push(it.kind === "signature" ? it.text : it.text, "");
  }
  return out.join("\n");
}

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
/** Word's runs: the text cut where Word starts a new run (Latin digits in their own lang=EN-US span). */
const runs = (s: string, font: string) =>
  esc(s)
    .split(/(\d+)/)
    .filter(Boolean)
    .map((t) => (/^\d+$/.test(t) ? `<span lang=EN-US style='font-size:16.0pt;font-family:"Times New Roman"'>${t}</span>` : `<span style='font-size:16.0pt;font-family:${font};mso-ascii-font-family:"Times New Roman"'>${t}</span>`))
    .join("");
const msoP = (inner: string, style = "text-indent:32.0pt;mso-char-indent-count:2.0;line-height:28.0pt;mso-line-height-rule:exactly") =>
  `<p class=MsoNormal style='${style}'>${inner}<span lang=EN-US style='font-size:16.0pt'><o:p></o:p></span></p>`;

function wordCell(c: GridCell): string {
  const spans = `${c.colSpan > 1 ? ` colspan=${c.colSpan}` : ""}${c.rowSpan > 1 ? ` rowspan=${c.rowSpan}` : ""}`;
  const text = c.text.trim() ? c.text.split("\n").map((t) => `<p class=MsoNormal align=center style='text-align:center'>${runs(t, "宋体").replaceAll("16.0pt", "10.5pt")}<o:p></o:p></p>`).join("") : "<p class=MsoNormal><span lang=EN-US>&nbsp;<o:p></o:p></span></p>";
  return `<td width=${c.value ? 56 : 120}${spans} valign=top style='border:solid windowtext 1.0pt;mso-border-alt:solid windowtext .5pt;padding:0cm 5.4pt 0cm 5.4pt'>${text}</td>`;
}

/** Word's automatic list number: in the text only inside a conditional comment, spaced with a 7 pt run. */
const listNumber = (heading: string) => {
  const m = /^([一二三四五六七八九十]+、)(.*)$/.exec(heading);
  return m ? `<![if !supportLists]><span style='font-family:黑体'>${m[1]}<span style='font:7.0pt "Times New Roman"'>&nbsp;&nbsp;&nbsp; </span></span><![endif]>${runs(m[2]!, "黑体")}` : runs(heading, "黑体");
};
const titleLines = (t: string) => t.replace(/(政府信息公开)/, "$1\n").split("\n");

type CmsStyle = { lists?: boolean; layoutTable?: boolean; charset?: string };

/** A CMS page whose article was pasted from Word: MsoNormal paragraphs, span soup, <o:p>, site chrome around it. */
function wordCmsPage(items: Item[], r: Report, style: CmsStyle = {}): string {
  const body = items.map((it) => {
    if (it.kind === "title")
      return `${titleLines(it.text).map((t) => `<p class=MsoNormal align=center style='text-align:center;line-height:28.0pt'><b><span style='font-size:22.0pt;font-family:方正小标宋简体'>${runs(t, "方正小标宋简体")}</span></b></p>`).join("\n")}\n<p class=MsoNormal><span lang=EN-US>&nbsp;<o:p></o:p></span></p>`;
    if (it.kind === "heading") return msoP(`<b>${style.lists ? listNumber(it.text) : `<span style='font-family:黑体'>${runs(it.text, "黑体")}</span>`}</b>`, "margin-left:32.0pt;text-indent:-32.0pt;mso-list:l0 level1 lfo1");
    if (it.kind === "part") return msoP(`<span style='font-family:楷体_GB2312'>${runs(it.text, "楷体_GB2312")}</span>`);
    if (it.kind === "signature") return msoP(runs(it.text, "仿宋_GB2312"), "text-align:right;line-height:28.0pt");
    if (it.kind === "p") return msoP(`<span style='mso-spacerun:yes'>&nbsp;&nbsp; </span>${runs(it.text, "仿宋_GB2312")}`);
    const rows = it.rows.map((row) => `<tr style='mso-yfti-irow:0;height:20.0pt'>${row.map(wordCell).join("")}</tr>`).join("\n");
    return `<div align=center><table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse;mso-table-layout-alt:fixed'>\n${rows}\n</table></div>`;
  });
  return `<!DOCTYPE html>
<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word"><head>
<meta http-equiv="Content-Type" content="text/html; charset=${style.charset ?? "utf-8"}"><title>${esc(r.unit.name)}${r.year}年政府信息公开工作年度报告</title>
<style><!-- p.MsoNormal{margin:0cm;font-size:10.5pt;font-family:"Calibri"} --></style></head>
<body>
<div class="top"><a href="/">首页</a> | <a href="/zwgk">政务公开</a> | <a href="/bsfw">办事服务</a> | <a href="/hdjl">互动交流</a></div>
<div class="position">您当前的位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; 政府信息公开年报</div>
<table class="xxgk-meta"><tr><td>索引号：</td><td>11410000-2024-00012</td><td>发布机构：</td><td>${esc(r.unit.name)}</td></tr><tr><td>发文日期：</td><td>${r.publishedOn}</td><td>主题分类：</td><td>政务公开</td></tr></table>
<div class="article"><div class="info">发布时间：${r.publishedOn} 09:30 来源：${esc(r.unit.name)} 【字体：大 中 小】</div>
${style.layoutTable ? "<table width=\"100%\" class=\"layout\"><tr><td class=\"left\">相关文件</td><td class=\"content\">" : ""}<div class="WordSection1" style='layout-grid:28.95pt'>
<!--[if gte mso 9]><xml><w:WordDocument><w:View>Normal</w:View></w:WordDocument></xml><![endif]-->
${body.join("\n")}
</div>${style.layoutTable ? "</td></tr></table>" : ""}</div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
<div class="footer"><p>主办单位：${esc(r.unit.name)} 网站标识码：4101000001 <a>网站地图</a></p><p>ICP备案号：豫ICP备00000000号-1</p></div>
</body></html>`;
}

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const crawlerHead = (r: Report, colon: string) => [
  `标题${colon}${r.unit.name}${r.year}年政府信息公开工作年度报告`,
  `发布时间${colon}${r.publishedOn} 10:30:00`,
  `原文链接${colon}http://www.example.gov.cn/zwgk/ndbg/${r.year}/t${r.publishedOn.replace(/-/g, "")}_1.html`,
];
const noTitle = (items: Item[]) => items.filter((it) => it.kind !== "title");

function headingAdvisory(key: string, printed: string): ExpectedFinding {
  const s = gov2021.sections.find((d) => d.key === key)!;
  return { rule: "structure.heading", cells: [s.table ? tablePath(s.table) : prosePath(s.key)], says: [printed, s.heading] };
}

// ── the cases ────────────────────────────────────────────────────────────────────────────────────────────

export async function textShapeCases(): Promise<TextShapeCase[]> {
  const cases: TextShapeCase[] = [];
  const add = (cause: string, layout: string, name: string, source: Report, input: FieldCase["input"], findings: ExpectedFinding[] = []) =>
    cases.push({ cause, layout, name, source, input, verdict: "gov-2021", findings });
  const [a, b, c] = [township(), department(), subdistrict()];
  const items = (r: Report, o: ItemOptions = {}) => reportItems(r, { contact: CONTACT.format(r), ...o });

  // a whole report on one line, or a few long lines
  add("one-line", "一行或几行长文本", "整篇一行，段落之间无分隔", a, { pasted: oneLine(items(a), "") });
  add("one-line", "一行或几行长文本", "整篇一行，段落之间一个空格", b, { pasted: oneLine(items(b), " ") });
  add("one-line", "一行或几行长文本", "一个章节一行（.txt）", c, file("年报.txt", sectionLines(items(c), "　　").join("\n")));
  // crawler headers, and conversion leftovers
  add("crawler", "爬虫文本", "标题:/发布时间:/原文链接: 后接整篇一行", a, { pasted: [...crawlerHead(a, ":"), oneLine(noTitle(items(a)), "")].join("\n") });
  add("crawler", "爬虫文本", "标题：/发布时间：/原文链接：后接正文（无标题行）", b, file("crawl.txt", [...crawlerHead(b, "："), "", ...plainLines(noTitle(items(b)))].join("\n")));
  add("leftovers", "转换残留", "「标题：…」与「正文」在前", c, { pasted: [`标题：${c.unit.name}${c.year}年政府信息公开工作年度报告`, "正文", ...plainLines(noTitle(items(c)))].join("\n") });
  add("leftovers", "转换残留", "「正文」紧接在标题之前", a, { pasted: ["正文", ...plainLines(items(a))].join("\n") });
  // Markdown as PDF converters write it
  add("markdown", "Markdown", "管道表格（合并格留空），## 标题，**（一）**（.md）", a, file("年报.md", markdown(items(a), { fill: "empty", parts: "bold" })));
  add("markdown", "Markdown", "管道表格（合并格重复），### 小标题，粘贴", b, { pasted: markdown(items(b), { fill: "repeat", parts: "###" }) });
  add("markdown", "Markdown", "一行一张表，表头「数据1 | 数据2…」（.markdown）", c, file("年报.markdown", markdown(items(c), { fill: "empty", perRow: true, parts: "bold" })));
  add("markdown", "Markdown", "一行一张表，粘贴", a, { pasted: markdown(items(a), { fill: "repeat", perRow: true, parts: "###" }) });
  // saved CMS pages exported from Word
  add("word-cms", "网站页面（Word 导出）", "MsoNormal、span 嵌套、<o:p>、网站栏目", a, file("ndbg.html", wordCmsPage(items(a), a)));
  const gbk = wordCmsPage(items(b), b, { lists: true, layoutTable: true, charset: "gb2312" });
  add("word-cms", "网站页面（Word 导出）", "自动编号的标题、排版用表格、GB2312 编码、标题分两行", b, { name: "t20240125_1.htm", bytes: encodeGbk(gbk) });
  // the contact sentence in its variants
  add("contact", "联系方式的写法", "如对本年度报告有疑问，字段以「，」分隔", b, { pasted: plainLines(reportItems(b, { contact: CONTACT.commas(b) })).join("\n") });
  add("contact", "联系方式的写法", "如对年度报告有疑问，通信地址、电话（传真）、以「；」分隔", c, { pasted: plainLines(reportItems(c, { contact: CONTACT.annual(c) })).join("\n") });
  add("contact", "联系方式的写法", "请与…联系。地址：…，邮政编码：…（无括号）", b, { pasted: plainLines(reportItems(b, { contact: CONTACT.unbracketed(b) })).join("\n") });
  // the fee statement in its variants
  const notCollected = { status: "not-collected", amountYuan: null } as const;
  const f1 = withFee(a, "本年度未发生收费情况。", notCollected, "part");
  add("fee", "信息处理费的写法", "未发生收费情况", f1, { pasted: plainLines(items(f1)).join("\n") });
  const f2 = withFee(c, "本机关未收取信息公开处理费。", notCollected, "part");
  add("fee", "信息处理费的写法", "未收取信息公开处理费", f2, { pasted: plainLines(items(f2)).join("\n") });
  const f3 = withFee(b, "本年度共收取信息公开处理费120元。", { status: "collected", amountYuan: 120 }, "text");
  add("fee", "信息处理费的写法", "六无小标题，收取…元在第二段", f3, { pasted: plainLines(items(f3)).join("\n") });
  const f4 = withFee(a, "本年度未收取任何费用。", notCollected, "text");
  add("fee", "信息处理费的写法", "六无小标题，未收取任何费用", f4, { pasted: plainLines(items(f4)).join("\n") });
  // sections numbered their own way
  const swapped = { other: "五、其他需要报告的事项", problems: "六、存在的主要问题及改进情况" };
  const swapOrder = ["overview", "proactive", "requests", "appeals", "other", "problems"];
  add("numbering", "章节编号不同", "五、其他需要报告的事项在六、存在的主要问题之前", a, { pasted: plainLines(items(a, { headings: swapped, order: swapOrder })).join("\n") }, [headingAdvisory("other", swapped.other), headingAdvisory("problems", swapped.problems)]);
  const tables = { appeals: "三、政府信息公开行政复议、行政诉讼情况", requests: "四、收到和处理政府信息公开申请情况" };
  const tableOrder = ["overview", "proactive", "appeals", "requests", "problems", "other"];
  add("numbering", "章节编号不同", "表四在表三之前，编号随之调换", c, file("年报.txt", plainLines(items(c, { headings: tables, order: tableOrder })).join("\n")), [headingAdvisory("appeals", tables.appeals), headingAdvisory("requests", tables.requests)]);
  return cases;
}
