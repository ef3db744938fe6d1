// GB/T 9704—2012 7.5 页码: 「— 1 —」 4号, 单页码居右空一字, 双页码居左空一字 (even/odd footers).
import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from "docx";
import { STYLE } from "./styles";
import { SIZE, twipsFromPt } from "./units";

/** 一字 of a 4号 page number. */
const ONE_CHAR = twipsFromPt(SIZE.si);

function pageNumber(side: "odd" | "even"): Paragraph {
  return new Paragraph({
    style: STYLE.pageNumber,
    alignment: side === "odd" ? AlignmentType.RIGHT : AlignmentType.LEFT,
    indent: side === "odd" ? { right: ONE_CHAR } : { left: ONE_CHAR },
    children: [new TextRun({ children: ["— ", PageNumber.CURRENT, " —"] })],
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
  const mark = () => new Paragraph({ style: STYLE.draft, children: [new TextRun("草稿")] });
  return { default: new Header({ children: [mark()] }), even: new Header({ children: [mark()] }) };
}
