// Test support: a report as a government website's content system publishes it — site menu, breadcrumb,
// the article's details, paragraphs indented with &nbsp; and full-width spaces, and the three tables as
// Word pasted into the editor: colspan/rowspan from the format's layout (lib/format/table-layout), every
// cell wrapped in <p><span style>, header cells as plain <td>, blank cells as &nbsp;, 「/」 or 「—」.
import { tableLayout } from "../lib/format/table-layout";
import type { Report } from "../lib/report/types";
import { gov2021 } from "../templates/gov-2021";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
const span = (s: string) => `<p style="text-align:center;line-height:20px"><span style="font-family:宋体;font-size:14px">${s}</span></p>`;

/** A cell's text as the editor writes it: blanks as &nbsp;, labels broken where Word broke them. */
function cellHtml(text: string): string {
  if (!text.trim()) return span("&nbsp;");
  return span(esc(text).replace(/（区分处理的/, "<br/>（区分处理的"));
}

function table(key: keyof Report["tables"], typed: Map<string, string>): string {
  const rows = tableLayout(gov2021.tables[key]).rows.map((row) =>
    row
      .map((c) => {
        const spans = `${c.colSpan > 1 ? ` colspan="${c.colSpan}"` : ""}${c.rowSpan > 1 ? ` rowspan="${c.rowSpan}"` : ""}`;
        return `<td${spans} style="border:1px solid #000" valign="center">${cellHtml(c.path ? typed.get(c.path) ?? "" : c.text)}</td>`;
      })
      .join("\n      "),
  );
  return `<table border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse" width="600">\n  <tbody>\n${rows.map((r) => `    <tr>\n      ${r}\n    </tr>`).join("\n")}\n  </tbody>\n</table>`;
}

const para = (text: string) => `<p style="text-indent:2em;line-height:28px">&nbsp;&nbsp;　　${esc(text)}</p>`;
const paras = (text: string) => text.split("\n").filter((t) => t.trim()).map(para).join("\n");

/** The page; `charset` is what its meta tag declares (the bytes are the caller's business). */
export function cmsPage(report: Report, typed: Map<string, string>, charset = "utf-8"): string {
  const body: string[] = [];
  for (const s of gov2021.sections) {
    body.push(`<p style="text-indent:2em"><strong><span style="font-family:黑体">${esc(s.heading)}</span></strong></p>`);
    if (s.table) body.push(table(s.table, typed));
    const prose = report.prose[s.key];
    if (!prose) continue;
    body.push(paras(prose.text));
    for (const part of s.parts ?? []) {
      const text = prose.parts[part.key] ?? "";
      if (text.trim()) body.push(`<p style="text-indent:2em"><span style="font-family:楷体">${esc(part.heading)}</span></p>`, paras(text));
    }
  }
  const [y, mo, d] = report.publishedOn.split("-").map(Number);
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}"><title>${esc(report.unit.name)}${report.year}年政府信息公开工作年度报告_${esc(report.unit.name)}</title>
<style>.nav a{margin:0 8px}</style><script>var _hmt = _hmt || [];</script></head>
<body>
<div class="head"><div class="nav"><a href="/">首页</a><a href="/zwgk">政务公开</a><a href="/xxgk">信息公开</a><a href="/hdjl">互动交流</a></div></div>
<div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政府信息公开</a> &gt; 政府信息公开年报</div>
<div class="article">
  <h1 class="title">${esc(report.unit.name)}${report.year}年政府信息公开<br>工作年度报告</h1>
  <div class="info">发布时间：${report.publishedOn}&nbsp;&nbsp;来源：${esc(report.unit.name)}&nbsp;&nbsp;浏览次数：1024&nbsp;&nbsp;【字号：大 中 小】</div>
  <div class="content TRS_Editor">
${paras(report.preamble)}
${body.join("\n")}
<p style="text-align:right">${esc(report.unit.name)}</p>
<p style="text-align:right">${y}年${mo}月${d}日</p>
  </div>
  <div class="tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="foot"><p>主办：${esc(report.unit.name)}&nbsp;&nbsp;网站标识码：1234000001</p><p>备案号：皖ICP备00000000号</p></div>
</body></html>`;
}
