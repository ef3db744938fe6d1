// Paragraph styles of the report (GB/T 9704—2012 7.2 标题, 7.3 正文 and 层次序数; 7.5 页码).
import { AlignmentType, LineRuleType, type IStylesOptions } from "docx";
import { runFont, type FontProfile } from "./font-profiles";
import { halfPoints, LINE_PITCH_PT, SIZE, twipsFromPt } from "./units";

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

/** Fixed line pitch (行距固定值 28.95 磅): 22 lines a page. */
export const LINE = { line: twipsFromPt(LINE_PITCH_PT), lineRule: LineRuleType.EXACT, before: 0, after: 0 };
/** 左空二字: two 3号 characters. */
const INDENT_2_CHARS = { firstLine: twipsFromPt(SIZE.san * 2) };

export function createStyles(f: FontProfile): IStylesOptions {
  const body = { font: runFont(f.body, f.latin), size: halfPoints(SIZE.san) };
  return {
    default: {
      document: {
        run: { ...body, language: { value: "zh-CN", eastAsia: "zh-CN" } },
        paragraph: { spacing: LINE },
      },
    },
    paragraphStyles: [
      {
        id: STYLE.title,
        name: "报告标题",
        run: { font: runFont(f.title, f.latin), size: halfPoints(SIZE.er), bold: f.titleBold },
        // A 2号 title needs more than the body pitch; 空一行 below it (GB/T 9704 7.3.1).
        paragraph: { alignment: AlignmentType.CENTER, spacing: { line: twipsFromPt(36), lineRule: LineRuleType.EXACT, after: LINE.line }, keepNext: true },
      },
      {
        id: STYLE.body,
        name: "报告正文",
        run: body,
        paragraph: { alignment: AlignmentType.JUSTIFIED, indent: INDENT_2_CHARS, spacing: LINE },
      },
      {
        id: STYLE.heading1,
        name: "一级标题",
        basedOn: STYLE.body,
        run: { font: runFont(f.heading1, f.latin) },
        paragraph: { keepNext: true, keepLines: true, outlineLevel: 0 },
      },
      {
        id: STYLE.heading2,
        name: "二级标题",
        basedOn: STYLE.body,
        run: { font: runFont(f.heading2, f.latin) },
        paragraph: { keepNext: true, keepLines: true, outlineLevel: 1 },
      },
      {
        id: STYLE.signature,
        name: "署名和日期",
        basedOn: STYLE.body,
        // 署名、成文日期居右（右空二字）.
        paragraph: { alignment: AlignmentType.RIGHT, indent: { firstLine: 0, right: twipsFromPt(SIZE.san * 2) }, keepNext: true },
      },
      {
        id: STYLE.table,
        name: "表格文字",
        run: { font: runFont(f.table, f.latin), size: halfPoints(SIZE.wu) },
        paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 }, indent: { firstLine: 0 } },
      },
      {
        id: STYLE.pageNumber,
        name: "页码",
        // GB/T 9704 7.5: 4号半角宋体阿拉伯数字.
        run: { font: runFont(f.pageNumber, f.pageNumber), size: halfPoints(SIZE.si) },
        paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
      },
      {
        id: STYLE.draft,
        name: "草稿标记",
        run: { font: runFont(f.heading1, f.latin), size: halfPoints(SIZE.si), bold: true, color: "C00000" },
        paragraph: { alignment: AlignmentType.RIGHT, spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
      },
    ],
  };
}
