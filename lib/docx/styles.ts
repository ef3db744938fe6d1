// The styles part of the report (GB/T 9704—2012 7.2 标题, 7.3 正文 and 层次序数, 7.5 页码), written as
// styles.xml so that every property is ours: w:snapToGrid off where text must not sit on the 22 × 28 grid
// (the 2号 title, tables, page numbers), the Normal size that the grid's charSpace counts from, and the
// language defaults (Latin en-US, East Asian zh-CN). Element order follows ECMA-376 CT_PPrBase / CT_RPr.
import type { FontProfile } from "./font-profiles";
import { GRID_SCALE, INDENT_2_CHARS, LINE_PITCH } from "./grid";
import { LANG } from "./text-runs";
import { TITLE } from "./title-lines";
import { halfPoints, SIZE, twipsFromPt } from "./units";

export const STYLE = {
  title: "ReportTitle",
  body: "ReportBody",
  heading1: "ReportHeading1",
  heading2: "ReportHeading2",
  signature: "ReportSignature",
  table: "ReportTableText",
  pageNumber: "ReportPageNumber",
  draft: "ReportDraftMark",
} as const;

/** Table text: 五号 on an exact line of 13 pt, so that 表三 (29 rows) fits one 225 mm page. */
export const TABLE_TEXT = { size: SIZE.wu, line: twipsFromPt(13) };

type Para = {
  keepNext?: boolean;
  keepLines?: boolean;
  /** No automatic space between Chinese text and Latin letters or digits (w:autoSpaceDE/DN). */
  tight?: boolean;
  offGrid?: boolean;
  spacing?: { line: number; exact: boolean; after?: number };
  indent?: string;
  jc?: "left" | "center" | "right" | "both";
  outline?: number;
};
type Run = { fonts?: { eastAsia: string; latin: string }; bold?: boolean; color?: string; scale?: number; size?: number; lang?: boolean };

/** Latin text en-US, East Asian text zh-CN (ECMA-376 §17.3.2.20). */
const LANG_XML = `<w:lang w:val="${LANG.latin}" w:eastAsia="${LANG.eastAsia}"/>`;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

function pPr(p: Para): string {
  const spacing = p.spacing
    ? `<w:spacing w:before="0" w:after="${p.spacing.after ?? 0}" w:line="${p.spacing.line}" w:lineRule="${p.spacing.exact ? "exact" : "auto"}"/>`
    : "";
  return (
    "<w:pPr>" +
    (p.keepNext ? "<w:keepNext/>" : "") +
    (p.keepLines ? "<w:keepLines/>" : "") +
    (p.tight ? '<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>' : "") +
    (p.offGrid ? '<w:snapToGrid w:val="0"/>' : "") +
    spacing +
    (p.indent ?? "") +
    (p.jc ? `<w:jc w:val="${p.jc}"/>` : "") +
    (p.outline !== undefined ? `<w:outlineLvl w:val="${p.outline}"/>` : "") +
    "</w:pPr>"
  );
}

function rPr(r: Run): string {
  const f = r.fonts;
  const fonts = f
    ? `<w:rFonts w:ascii="${esc(f.latin)}" w:hAnsi="${esc(f.latin)}" w:eastAsia="${esc(f.eastAsia)}" w:cs="${esc(f.latin)}" w:hint="eastAsia"/>`
    : "";
  const size = r.size ? `<w:sz w:val="${halfPoints(r.size)}"/><w:szCs w:val="${halfPoints(r.size)}"/>` : "";
  return (
    "<w:rPr>" +
    fonts +
    (r.bold === undefined ? "" : r.bold ? "<w:b/><w:bCs/>" : '<w:b w:val="0"/><w:bCs w:val="0"/>') +
    (r.color ? `<w:color w:val="${r.color}"/>` : "") +
    (r.scale ? `<w:w w:val="${r.scale}"/>` : "") +
    size +
    (r.lang ? LANG_XML : "") +
    "</w:rPr>"
  );
}

function style(id: string, name: string, basedOn: string | null, p: Para, r: Run): string {
  return (
    `<w:style w:type="paragraph" w:customStyle="1" w:styleId="${id}"><w:name w:val="${esc(name)}"/>` +
    (basedOn ? `<w:basedOn w:val="${basedOn}"/>` : "") +
    "<w:qFormat/>" +
    pPr(p) +
    rPr(r) +
    "</w:style>"
  );
}

const auto = { line: 240, exact: false };
const noIndent = '<w:ind w:left="0" w:right="0" w:firstLine="0" w:firstLineChars="0"/>';

export function stylesXml(f: FontProfile): string {
  const body = { eastAsia: f.body, latin: f.latin };
  const line = { line: LINE_PITCH, exact: true };
  const indent = `<w:ind w:firstLine="${INDENT_2_CHARS.firstLine}" w:firstLineChars="${INDENT_2_CHARS.firstLineChars}"/>`;
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
    "<w:docDefaults><w:rPrDefault>" +
    rPr({ fonts: body, size: SIZE.san, lang: true }) +
    `</w:rPrDefault><w:pPrDefault>${pPr({ spacing: line })}</w:pPrDefault></w:docDefaults>` +
    // The Normal style carries 3号 itself: Word's charSpace and LibreOffice's grid width count from its size.
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/>' +
    pPr({ spacing: line, jc: "both" }) +
    rPr({ fonts: body, size: SIZE.san }) +
    "</w:style>" +
    // 7.3.1 标题: 2号小标宋体, 居中; off the grid, which would give each 22 pt character two cells.
    style(STYLE.title, "报告标题", "Normal", { keepNext: true, offGrid: true, spacing: { line: TITLE.line, exact: true, after: LINE_PITCH }, indent: noIndent, jc: "center" }, { fonts: { eastAsia: f.title, latin: f.latin }, bold: f.titleBold, size: TITLE.size }) +
    // 7.3 正文: 3号仿宋, 左空二字, 回行顶格, on the 22 × 28 grid.
    style(STYLE.body, "报告正文", "Normal", { spacing: line, indent, jc: "both" }, { fonts: body, size: SIZE.san, scale: GRID_SCALE }) +
    // 7.3.3 层次序数: 「一、」黑体, 「（一）」楷体, kept with what follows.
    style(STYLE.heading1, "一级标题", STYLE.body, { keepNext: true, keepLines: true, outline: 0 }, { fonts: { eastAsia: f.heading1, latin: f.latin } }) +
    style(STYLE.heading2, "二级标题", STYLE.body, { keepNext: true, keepLines: true, outline: 1 }, { fonts: { eastAsia: f.heading2, latin: f.latin } }) +
    // 7.3.5.2 署名和成文日期: placed by left indents computed per report (signature.ts), so off the grid at 100 %
    // and without the automatic space around digits, so that 「2025年1月20日」 is as wide as measured.
    style(STYLE.signature, "署名和日期", STYLE.body, { tight: true, offGrid: true, indent: noIndent, jc: "left" }, { scale: 100 }) +
    // Tables: a run per cell, so the style itself says which language each script is.
    style(STYLE.table, "表格文字", "Normal", { offGrid: true, spacing: { line: TABLE_TEXT.line, exact: true }, indent: noIndent }, { fonts: { eastAsia: f.table, latin: f.latin }, size: TABLE_TEXT.size, lang: true }) +
    // 7.5 页码: 4号半角宋体阿拉伯数字.
    style(STYLE.pageNumber, "页码", "Normal", { offGrid: true, spacing: auto, indent: noIndent }, { fonts: { eastAsia: f.pageNumber, latin: f.pageNumber }, size: SIZE.si }) +
    style(STYLE.draft, "草稿标记", "Normal", { offGrid: true, spacing: auto, indent: noIndent, jc: "right" }, { fonts: { eastAsia: f.heading1, latin: f.latin }, bold: true, color: "C00000", size: SIZE.si }) +
    "</w:styles>"
  );
}
