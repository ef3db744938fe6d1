// What a crawler or a conversion leaves before a report: 「标题：…」「发布时间：…」「原文链接：…」「来源：…」 header
// lines and a bare 「正文」. The title is read from 「标题：」 when the body has none; none of them is the title,
// the unit's name or the opening paragraph.
const HEADER = /^(?:标\s*题|题\s*目|文章标题|title)\s*[:：]\s*/i;
const META = /^(?:发布(?:时间|日期|机构|单位)|发文(?:日期|机关)|成文日期|原文(?:链接|地址|网址)|文章链接|链接|url|来\s*源|信息来源|作\s*者|索引号|文\s*号|主题分类|分\s*类|浏览(?:次数)?|点击(?:数|量)|阅读(?:次数|量)|采集时间|抓取时间)\s*[:：]/i;
const BODY = /^(?:正\s*文|正文内容|全\s*文|内\s*容)\s*(?:[:：]\s*|$)/;

/** A header line of a crawler's or converter's own (not the 标题 line, which holds the title). */
export const isMetaLine = (line: string) => META.test(line.trim()) || /^(?:正\s*文|正文内容|全\s*文)\s*[:：]?$/.test(line.trim());

/** The line as the report's text: 「标题：X」 → X, 「正文：X」 → X; header lines → "". */
export function reportText(line: string): string {
  const t = line.trim();
  if (isMetaLine(t)) return "";
  return t.replace(HEADER, "").replace(BODY, "");
}
