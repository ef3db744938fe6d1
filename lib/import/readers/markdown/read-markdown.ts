// Markdown (a .md file, or pasted text that is Markdown) → the blocks every reader yields. PDF-to-Markdown tools
// write a report as `#` headings, paragraphs with `**bold**`, and GFM pipe tables (or HTML tables): parsed by
// micromark with its GFM table extension (mdast-util-from-markdown), never by hand. Markup goes; a heading is
// its text; a table is its rows. Converters that print one table per row under a made-up header row
// 「数据1 | 数据2 …」, or that repeat a merged cell's text in every position it covers, are read back to the table
// as printed: placeholder rows dropped, adjacent tables joined, repeated labels kept once where they start.
import { fromMarkdown } from "mdast-util-from-markdown";
import { gfmTableFromMarkdown } from "mdast-util-gfm-table";
import { gfmTable } from "micromark-extension-gfm-table";
import type { Nodes, RootContent } from "mdast";
import { parseCell } from "../../../values/parse";
import type { Block } from "../../document";
import { htmlBlocks } from "../html/read-html";
import { LIMITS } from "../../limits/limits";

/** A GFM delimiter row 「|---|:--:|」, or ATX headings on several lines: text that is Markdown. */
const DELIMITER_ROW = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?[ \t]*$/m;
const ATX = /^#{1,6}[ \t]+\S/gm;

/**
 * What the parser is given, bounded: container nesting (block quotes, lists), list items, and emphasis or link
 * delimiters (resolved over the whole document) cost micromark/mdast more than linear time — 4 000 nested list
 * markers took 18 s, 8 000 lines of a two-level list 14 s, 990 「*a」 after 1 950 paragraphs 0.6 s. A converted
 * report nests two or three deep, has a few dozen of each and some hundreds of lines; a text past these bounds
 * is read as plain text instead (nothing lost). At the bounds an import costs under 0.5 s of CPU (hostile cases).
 */
const MAX_NESTING = 8;
const MAX_LINES = 1_500; // not empty
const MAX_LIST_LINES = 500;
const MAX_DELIMITERS = 600; // 「*」「_」「[」
const MAX_PIPES = 2 * LIMITS.tableCells;
const CONTAINER = /^[ \t]{0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/;
const DEEP_INDENT = new RegExp(`^[ \\t]{${2 * MAX_NESTING},}(?:>|[-*+][ \\t]|\\d{1,9}[.)][ \\t])`);

function nesting(line: string): number {
  let rest = line;
  let depth = 0;
  for (let m = CONTAINER.exec(rest); m && depth <= MAX_NESTING; m = CONTAINER.exec(rest)) {
    depth++;
    rest = rest.slice(m[0].length || 1);
  }
  return DEEP_INDENT.test(line) ? MAX_NESTING + 1 : depth;
}

const count = (text: string, chars: string) => {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (chars.includes(text[i]!)) n++;
  return n;
};

/** Whether the parser may be given this text (see the bounds above). */
export function withinMarkdownBudget(text: string): boolean {
  if (count(text, "*_[") > MAX_DELIMITERS || count(text, "|") > MAX_PIPES) return false;
  let [lines, listLines] = [0, 0];
  for (const line of text.split("\n")) {
    const depth = nesting(line);
    if (depth > MAX_NESTING || (line.trim() && ++lines > MAX_LINES) || (depth > 0 && ++listLines > MAX_LIST_LINES)) return false;
  }
  return true;
}

export function looksMarkdown(text: string): boolean {
  return DELIMITER_ROW.test(text) || (text.match(ATX)?.length ?? 0) >= 3;
}

/** 「数据1」「列 2」「Column3」: a header a converter made up, not a printed cell. */
const PLACEHOLDER = /^(?:数据|列|字段|栏|column|col|field)\s*\d+$/i;
const isPlaceholderRow = (row: string[]) => row.some(Boolean) && row.every((c) => !c || PLACEHOLDER.test(c));

/** Inline content as text: markup gone, 「<br>」 and hard breaks are line breaks, other inline HTML goes. */
function inline(node: Nodes): string {
  switch (node.type) {
    case "text":
    case "inlineCode":
      return node.value;
    case "break":
      return "\n";
    case "html":
      return /^<br\s*\/?>$/i.test(node.value.trim()) ? "\n" : "";
    case "image":
    case "imageReference":
      return "";
    default:
      return "children" in node ? (node.children as Nodes[]).map(inline).join("") : "";
  }
}

const isText = (t: string) => t !== "" && parseCell(t).kind === "invalid";
const isNumber = (t: string) => parseCell(t).kind === "number";

/** Column spans of a header row: runs of the same text (a merged header cell's text repeated). */
function headerSpans(row: string[]): [number, number][] {
  const spans: [number, number][] = [];
  row.forEach((cell, c) => {
    const last = spans[spans.length - 1];
    if (last && cell && row[last[0]] === cell) last[1] = c;
    else spans.push([c, c]);
  });
  return spans.filter(([a, b]) => b > a);
}

/**
 * A merged cell's text repeated across or down the cells it covers is printed once, where it starts. A label is
 * repeated when it equals the cell before it or above it (labels never repeat in one row or column otherwise); a
 * number only across a span its header row shows merged (「本年处理决定数量」 over three columns), when the
 * same number fills the whole span — 「0 | 0 | 0」 under three different headers are three cells.
 */
function onceWhereItStarts(rows: string[][]): string[][] {
  let spans: [number, number][] = [];
  return rows.map((row, r) => {
    const numbers = row.some(isNumber);
    if (!numbers && row.filter(Boolean).length >= 2) spans = headerSpans(row);
    const out = row.map((cell, c) => (isText(cell) && ((c > 0 && row[c - 1] === cell) || (r > 0 && rows[r - 1]![c] === cell)) ? "" : cell));
    if (numbers) for (const [a, b] of spans) if (row.slice(a, b + 1).every((v) => isNumber(v) && v === row[a])) out.fill("", a + 1, b + 1);
    return out;
  });
}

function tableRows(node: Extract<RootContent, { type: "table" }>): string[][] {
  return node.children.map((row) => row.children.map((cell) => inline(cell).trim()));
}

class Reader {
  blocks: Block[] = [];
  private pending: string[][] | null = null; // a table's rows, until something other than a table follows

  private flushTable() {
    if (this.pending) {
      const rows = onceWhereItStarts(this.pending.filter((r) => !isPlaceholderRow(r)));
      if (rows.length) this.blocks.push({ type: "table", rows });
    }
    this.pending = null;
  }

  private lines(text: string) {
    this.flushTable();
    for (const line of text.split("\n")) if (line.trim()) this.blocks.push({ type: "p", text: line.trim() });
  }

  node(node: RootContent) {
    switch (node.type) {
      case "table":
        this.pending = [...(this.pending ?? []), ...tableRows(node)];
        return;
      case "heading":
      case "paragraph":
        return this.lines(inline(node));
      case "code":
        return this.lines(node.value);
      case "html":
        if (/<table[\s>]/i.test(node.value)) {
          this.flushTable();
          this.blocks.push(...htmlBlocks(node.value));
        } else this.lines(node.value.replace(/<br\s*\/?>/gi, "\n").replace(/<[^>]*>/g, ""));
        return;
      case "thematicBreak":
      case "definition":
        return;
      default:
        if ("children" in node) for (const child of node.children as RootContent[]) this.node(child);
    }
  }

  finish(): Block[] {
    this.flushTable();
    return this.blocks;
  }
}

export function markdownBlocks(text: string): Block[] {
  const tree = fromMarkdown(text, { extensions: [gfmTable()], mdastExtensions: [gfmTableFromMarkdown()] });
  const reader = new Reader();
  for (const node of tree.children) reader.node(node);
  return reader.finish();
}
