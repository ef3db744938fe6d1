// GB/T 9704—2012 7.5 页码: 「— 1 —」 4号半角宋体阿拉伯数字, 单页码居右空一字, 双页码居左空一字 (odd and even
// footers). The PAGE field carries a cached value (1 on odd pages, 2 on even pages, as Word saves it), so a
// viewer that does not update fields still prints a number, never 「—  —」.
import { AlignmentType, Footer, Header, Paragraph, SimpleField } from "docx";
import { STYLE } from "./styles";
import { textRuns } from "./text-runs";
import { SIZE, twipsFromPt } from "./units";

/** 一字 of a 4号 page number. */
const ONE_CHAR = twipsFromPt(SIZE.si);

function pageNumber(side: "odd" | "even"): Paragraph {
  return new Paragraph({
    style: STYLE.pageNumber,
    alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: side === "odd" ? { right: ONE_CHAR } : { left: ONE_CHAR },
    children: [...textRuns("— "), new SimpleField("PAGE", side === "odd" ? "1" : "2"), ...textRuns(" —")],
  });
}

export function createFooters(): { default: Footer; even: Footer } {
  return {
    default: new Footer({ children: [pageNumber("odd")] }),
    even: new Footer({ children: [pageNumber("even")] }),
  };
}

/** A 草稿 render says so at the top of every page (odd and even headers). */
export function createDraftHeaders(): { default: Header; even: Header } {
  const mark = () => new Paragraph({ style: STYLE.draft, children: textRuns("草稿") });
  return { default: new Header({ children: [mark()] }), even: new Header({ children: [mark()] }) };
}
