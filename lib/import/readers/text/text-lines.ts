// Plain text from a PDF (pdftotext, a copy from a PDF viewer) has one line per printed line: page numbers,
// running heads and paragraphs broken at the margin. Here the furniture goes, and wrapped lines become
// paragraphs again — only when the text is wrapped, so Word's text export (a line per paragraph) is kept.
import { PAGE_NUMBER } from "./page-furniture";
import { rebuildParagraphs, type WrappedLine } from "./paragraphs";

/** Page numbers that cannot be a table cell: 「— 2 —」「- 2 -」「第 2 页」「2/6」 (a bare 「2」 can). */
const DASHED_PAGE_NUMBER = /^\s*(?:[-—–－~·]+\s*\d{1,3}\s*[-—–－~·]+|第\s*\d{1,3}\s*页(?:\s*[,，/]?\s*共\s*\d{1,3}\s*页)?|\d{1,3}\s*\/\s*\d{1,3})\s*$/;
const shape = (text: string) => text.replace(/\s/g, "").replace(/\d+/g, "#");

/**
 * Page numbers go; so do running heads and feet: lines at the same edge (top or bottom) of most pages, with
 * the same words (「草稿」). Page edges are found by page numbers and page breaks (form feeds); a bare number
 * is a page number only at a page break.
 */
export function dropFurniture(lines: string[]): string[] {
  const text = (i: number) => lines[i]?.replace(/\f/g, "").trim() ?? "";
  const breaks = new Set<number>();
  lines.forEach((l, i) => {
    const atBreak = l.includes("\f") || Boolean(lines[i + 1]?.includes("\f"));
    if (DASHED_PAGE_NUMBER.test(text(i)) || (atBreak && PAGE_NUMBER.test(text(i)))) breaks.add(i);
  });
  /** The first non-blank line from i going by step, that is not a page number. */
  const content = (i: number, step: number) => {
    while (lines[i] !== undefined && (!text(i) || breaks.has(i))) i += step;
    return lines[i] === undefined ? [] : [i];
  };
  // Page edges: both sides of a page number and of a form feed (pdftotext), and the text's two ends.
  const feeds = lines.flatMap((l, i) => (l.includes("\f") ? [i] : []));
  const tops = [...[...breaks, ...feeds.map((i) => i - 1)].flatMap((i) => content(i + 1, 1)), ...content(0, 1)];
  const bottoms = [...[...breaks, ...feeds].flatMap((i) => content(i - 1, -1)), ...content(lines.length - 1, -1)];
  const pages = Math.max(breaks.size, feeds.length) + 1;
  // A running head says the same on most pages, in words, without a sentence's final mark (「无。」 is not one).
  const heads = new Set<number>();
  for (const side of [tops, bottoms]) {
    const at = [...new Set(side)].filter((j) => text(j).length <= 30 && /[^\d\s.,，%-]/.test(text(j)) && !/[。！？；]$/.test(text(j)));
    const counts = new Map<string, number>();
    for (const j of at) counts.set(shape(text(j)), (counts.get(shape(text(j))) ?? 0) + 1);
    for (const j of at) if ((counts.get(shape(text(j))) ?? 0) >= Math.max(2, Math.ceil(pages / 2))) heads.add(j);
  }
  return lines.map((l, i) => (breaks.has(i) || heads.has(i) ? "" : l.replace(/\f/g, "")));
}

/** Width in characters: Chinese and full-width count 1, Latin letters, digits and spaces ½. */
const width = (text: string) => [...text].reduce((w, ch) => w + (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’—…]/.test(ch) ? 1 : 0.5), 0);
const leading = (line: string) => width(/^[\s\u3000]*/.exec(line)![0]);

/**
 * The width at which the text was wrapped: hardly any line goes past it, and many of the longer lines end
 * there. Word's text export (a line per paragraph) has no such width: its longest lines differ.
 */
export function wrapWidth(lines: string[]): number | null {
  const widths = lines.filter((l) => leading(l) <= 3).map((l) => width(l.trimEnd())).filter((w) => w >= 8); // not centred or right-aligned
  for (const w of [...new Set(widths)].sort((a, b) => b - a)) {
    if (widths.filter((x) => x > w + 0.5).length > widths.length * 0.05) break;
    const at = widths.filter((x) => x > w - 1.5 && x <= w + 0.5).length;
    if (at >= Math.max(3, 0.2 * widths.filter((x) => x > w / 2).length)) return w;
  }
  return null;
}

const SHORT_LINE = 4; // em
const WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2018-\u201d\u2014\u2026"; // and Chinese quotes, dashes
/** Text tools put a space where Word leaves a gap between Chinese and Latin text, or spreads a line; nobody typed it. */
const cjkSpacing = (line: string) => line.replace(new RegExp(`(?<=[${WIDE}]) (?=[0-9A-Za-z${WIDE}])|(?<=[0-9A-Za-z%.]) (?=[${WIDE}])`, "g"), "");
const DATE_LINE = /^\s*\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$/;

/** 署名 and 成文日期 (GB/T 9704—2012 7.3.5) stand on their own lines, indented or not. */
function signatureLines(lines: string[]): Set<number> {
  const out = new Set<number>();
  let i = lines.length - 1;
  while (i >= 0 && !lines[i]!.trim()) i--;
  if (i < 0 || !DATE_LINE.test(lines[i]!)) return out;
  out.add(i);
  let j = i - 1;
  while (j >= 0 && !lines[j]!.trim()) j--;
  if (j >= 0 && lines[j]!.trim().length <= 30 && !/[。！？；]$/.test(lines[j]!.trim())) out.add(j);
  return out;
}

/** Wrapped lines → paragraphs; an indent counts when the text has indents (pdftotext -layout). */
export function unwrap(lines: string[], wrap: number): string[] {
  const body = lines.filter((l) => l.trim());
  const base = Math.min(...body.map(leading));
  const indents = body.some((l) => leading(l) >= base + 1);
  const signature = signatureLines(lines);
  const wrapped = lines.map((l, i): WrappedLine => {
    const room = wrap - width(l.trimEnd());
    // Widths are estimates (digits, inserted spaces): with indents, the next line's indent tells where a
    // paragraph ends unless this line is clearly short; without, a full first line is two characters short.
    const indent = signature.has(i) || (indents && leading(l) >= base + 1);
    return { text: cjkSpacing(l), indent, room: signature.has(i) ? SHORT_LINE : indents ? (room >= SHORT_LINE ? room : 0) : Math.max(0, room - 2) };
  });
  return rebuildParagraphs(wrapped);
}
