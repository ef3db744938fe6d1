// Wrapped lines → paragraphs, for sources that break a paragraph into lines (a PDF's text, pdftotext,
// a copy from a PDF viewer). A paragraph starts at an indented line (GB/T 9704—2012 7.3: 左空二字),
// after a heading, or after a line that ends a sentence short of the margin; page furniture has been
// removed before. Without indents (a viewer copy) a paragraph ending exactly at the margin cannot be seen.
import { joinWrappedText } from "../pdf/read-pdf-lines";

/** `room`: free space between the line's end and the right margin, in characters (em). */
export type WrappedLine = { text: string; indent: boolean; room: number };

const SENTENCE_END = /[。！？!?；;：:…](?:["”’」』）)\]】])*$/;
const MID_SENTENCE = /[，,、（(《“‘[【]$/;
/** 「一、」「（一）」「（1）」「1.」「1、」 — but not 「1.25万元」 at the start of a wrapped line. */
export const NUMBERED = /^(?:[一二三四五六七八九十]{1,3}\s*[、.．]|[（(]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|\d{1,2}\s*[、.．](?!\d))/;
const FULL = 1.5; // em: a line ending closer than this to the margin is full
const SHORT = 4; // em: a line ending farther than this is a paragraph's last line, whatever it ends with
const HEADING_MAX = 40;

export const isHeadingLine = (text: string) => NUMBERED.test(text) && text.length <= HEADING_MAX && !SENTENCE_END.test(text);

function endsParagraph(line: WrappedLine): boolean {
  const text = line.text.trim();
  if (line.room < FULL || MID_SENTENCE.test(text)) return false;
  // An indented line that stops short is a paragraph of one line: a heading, a centred title.
  return SENTENCE_END.test(text) || isHeadingLine(text) || line.room >= SHORT || line.indent;
}

export function startsParagraph(prev: WrappedLine | undefined, line: WrappedLine): boolean {
  if (!prev || line.indent || endsParagraph(prev)) return true;
  if (!SENTENCE_END.test(prev.text.trim())) return false;
  // After a sentence that happened to fill its line: a numbered line, or a short one without a final mark
  // (a heading such as 「工作考核、社会评议和责任追究结果情况」; a paragraph's last line ends with one).
  const text = line.text.trim();
  return NUMBERED.test(text) || (line.room >= SHORT && !SENTENCE_END.test(text) && !MID_SENTENCE.test(text));
}

/** Blank lines (page breaks in pdftotext's output) neither start nor end a paragraph. */
export function rebuildParagraphs(lines: WrappedLine[]): string[] {
  const out: string[] = [];
  let prev: WrappedLine | undefined;
  for (const line of lines) {
    const text = line.text.trim();
    if (!text) continue;
    if (startsParagraph(prev, line)) out.push(text);
    else out[out.length - 1] = joinWrappedText(out[out.length - 1]!, text);
    prev = line;
  }
  return out;
}
