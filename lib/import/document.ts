// The importer's document model, written down once. Every reader (readers/: docx, pdf, html, text) yields
// `Block`s; readers/read-document.ts turns them (or plain text) into one `Document`; the later stages
// (structure/, tables/, build/) only consume it. Like mdast/hast: many parsers, one tree.
import type { Headings, LineLook } from "./structure/headings";

/** How a paragraph looks, as far as reading a report needs it (Word's w:pPr or its style chain; PDF/HTML guesses). */
export type ParagraphLook = {
  /** Outline level: 0 = 一级标题. */
  outline?: number;
  /** The paragraph style it names, when not the default one. */
  style?: string;
  align?: string;
};

/**
 * One block in document order, as every reader yields it.
 * `p`: a paragraph (its text may hold line breaks); `numbered`: automatic list numbering (w:numPr), so its
 * 「一、」 is not in the text. `table`: rows of cell texts, as printed (a merged cell's text in its first slot).
 */
export type Block = ({ type: "p"; text: string; numbered?: boolean } & ParagraphLook) | { type: "table"; rows: string[][] };

/** A document as lines (headings, prose) and table cells, whatever it came from. */
export type Document = {
  lines: string[];
  /** Table cells: one array per Word table row, or one stream for plain text. */
  rows: string[][];
  headings: Headings;
  /** How each line looked in Word (outline level, style, alignment, a table right after); absent for text. */
  looks?: LineLook[];
  /** Lines that held the tables (plain text only), excluded from the prose. */
  zone?: { from: number; to: number };
  allText: string;
  /** The tables' text only: format markers are table labels, and prose may mention 「政府集中采购」. */
  tableText: string;
};
