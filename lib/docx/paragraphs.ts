// Paragraph builders: title, body, headings, signature (GB/T 9704—2012 7.2–7.4).
import { Paragraph, TextRun } from "docx";
import { splitParagraphs, cleanText } from "./sanitize";
import { STYLE } from "./styles";

/** Text goes in as a TextRun: the docx library escapes it, so typed markup stays text. */
const run = (text: string) => new TextRun({ text: cleanText(text) });

export function titleParagraph(text: string): Paragraph {
  return new Paragraph({ style: STYLE.title, children: [run(text)] });
}

export function heading1(text: string): Paragraph {
  return new Paragraph({ style: STYLE.heading1, children: [run(text)] });
}

export function heading2(text: string): Paragraph {
  return new Paragraph({ style: STYLE.heading2, children: [run(text)] });
}

/** A body paragraph (左空二字, 回行顶格). */
export function bodyParagraph(text: string, keepNext = false): Paragraph {
  return new Paragraph({ style: STYLE.body, keepNext: keepNext || undefined, children: [run(text)] });
}

/** One body paragraph per line the clerk typed. */
export function bodyParagraphs(text: string | undefined | null): Paragraph[] {
  return splitParagraphs(text).map((line) => bodyParagraph(line));
}

/** 「2025-01-20」 → 「2025年1月20日」 (GB/T 9704 7.3.5.3: 阿拉伯数字, 不编虚位). */
export function chineseDate(iso: string): string {
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(iso.trim());
  if (!m) return cleanText(iso.trim());
  return `${m[1]}年${Number(m[2])}月${Number(m[3])}日`;
}

/** 署名 and 成文日期 at the end, right-aligned, after 空二行. */
export function signatureParagraphs(unit: string, publishedOn: string): Paragraph[] {
  const blank = () => new Paragraph({ style: STYLE.body, keepNext: true, children: [] });
  return [
    blank(),
    blank(),
    new Paragraph({ style: STYLE.signature, children: [run(unit)] }),
    new Paragraph({ style: STYLE.signature, keepNext: false, children: [run(chineseDate(publishedOn))] }), // last line
  ];
}
