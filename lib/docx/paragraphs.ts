// Paragraph builders: title, body, headings, signature (GB/T 9704—2012 7.2–7.4). Text reaching them is
// already sanitised (sanitize.ts, once, in renderReport); textRuns tags each script's language.
import { Paragraph, TextRun } from "docx";
import { DATE_SLACK, signatureLayout } from "./signature";
import { STYLE } from "./styles";
import { textRuns } from "./text-runs";

/** The title's lines (title-lines.ts), one paragraph with a line break between them. */
export function titleParagraph(lines: string[]): Paragraph {
  const children = lines.flatMap((line, i) => (i === 0 ? textRuns(line) : [new TextRun({ break: 1 }), ...textRuns(line)]));
  return new Paragraph({ style: STYLE.title, children });
}

export function heading1(text: string): Paragraph {
  return new Paragraph({ style: STYLE.heading1, children: textRuns(text) });
}

export function heading2(text: string): Paragraph {
  return new Paragraph({ style: STYLE.heading2, children: textRuns(text) });
}

/** A body paragraph (左空二字, 回行顶格). */
export function bodyParagraph(text: string, keepNext = false): Paragraph {
  return new Paragraph({ style: STYLE.body, keepNext: keepNext || undefined, children: textRuns(text) });
}

/** 「2025-01-20」 → 「2025年1月20日」 (GB/T 9704 7.3.5.3: 阿拉伯数字, 年份应标全称, 月、日不编虚位). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(iso.trim());
  if (!m) return iso.trim();
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** 7.3.5.2: 正文下空一行, then 署名 and, on the next line, 成文日期 (placed by signature.ts); kept together. */
export function signatureParagraphs(unit: string, publishedOn: string): Paragraph[] {
  const date = chineseDate(publishedOn);
  const { nameIndent, dateIndent } = signatureLayout(unit, date);
  return [
    new Paragraph({ style: STYLE.body, keepNext: true, children: [] }),
    new Paragraph({ style: STYLE.signature, keepNext: true, indent: { left: nameIndent }, children: textRuns(unit) }),
    // The date may run into the 右空二字 rather than wrap where a font's digits are wider than measured (or a
    // word processor adds space around them): its first character stays where 7.3.5.2 puts it.
    new Paragraph({ style: STYLE.signature, indent: { left: dateIndent, right: -DATE_SLACK }, children: textRuns(date) }),
  ];
}
