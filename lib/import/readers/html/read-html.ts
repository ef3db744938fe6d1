// A web page (a saved .html, or the text/html a browser puts on the clipboard) → the blocks every reader
// yields, parsed by parse5 (the WHATWG HTML parsing algorithm, as browsers do; the same in Node and the
// browser). Block elements end lines; a table is rows of cells as written, merged cells (colspan/rowspan)
// once where they start — as Word gives them; a layout table (a cell holding a table, or one column) is
// read as ordinary content.
import { parse } from "parse5";
import type { DefaultTreeAdapterMap } from "parse5";
import type { Block } from "../../document";
import { trimPage } from "./read-html-page";

type Node = DefaultTreeAdapterMap["childNode"];
type Element = DefaultTreeAdapterMap["element"];

const SKIP = new Set(["head", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math", "canvas", "select", "button", "input", "textarea", "audio", "video", "img", "map"]);
const BLOCK = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
  "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav", "ol",
  "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul", "html",
]);
const WIDE = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u201c\u201d\u2018\u2019\u2014\u2026";
const BETWEEN_WIDE = new RegExp(`(?<=[${WIDE}])[ \\t\\n\\r\\f]+(?=[${WIDE}])`, "g");

const MAX_CELL = 120; // characters: the longest label of the format's tables is about 40

const isElement = (n: Node): n is Element => "tagName" in n;
const attr = (el: Element, name: string) => el.attrs.find((a) => a.name === name)?.value;
const hidden = (el: Element) => attr(el, "hidden") !== undefined || /display\s*:\s*none|visibility\s*:\s*hidden/i.test(attr(el, "style") ?? "");
const kids = (el: Element, tags: string[]) => el.childNodes.filter((k): k is Element => isElement(k) && tags.includes(k.tagName));

/** Source line breaks between Chinese characters are not spaces (CSS Text 3 §4.1.3); &nbsp; is a space. */
function cleanLine(text: string): string {
  return text.replace(/\u00a0/g, " ").replace(BETWEEN_WIDE, "").replace(/[ \t\n\r\f]+/g, " ").replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}

/** The table's own rows (not those of tables inside its cells). */
function tableRows(table: Element): Element[] {
  return kids(table, ["tr", "thead", "tbody", "tfoot"]).flatMap((k) => (k.tagName === "tr" ? [k] : kids(k, ["tr"])));
}

function hasTable(el: Element): boolean {
  return el.childNodes.some((k) => isElement(k) && (k.tagName === "table" || hasTable(k)));
}

/** A data table: no table inside its cells, and more than one column somewhere. */
function isDataTable(table: Element): boolean {
  const cells = tableRows(table).map((tr) => kids(tr, ["td", "th"]));
  return cells.some((r) => r.length > 1) && !cells.flat().some(hasTable);
}

class Reader {
  blocks: Block[] = [];
  private line: string[] = [];

  private endLine() {
    const text = cleanLine(this.line.join(""));
    if (text) this.blocks.push({ type: "p", text });
    this.line = [];
  }

  private cellText(cell: Element): string {
    const inner = new Reader();
    inner.children(cell);
    inner.endLine();
    return inner.blocks.map((b) => (b.type === "p" ? b.text : "")).join("\n");
  }

  /** False for a layout table: a cell holding paragraphs of text is not a table cell of the report. */
  private table(table: Element): boolean {
    const rows = tableRows(table).map((tr) => kids(tr, ["td", "th"]).filter((c) => !hidden(c)).map((c) => this.cellText(c)));
    if (rows.flat().some((c) => c.replace(/\s/g, "").length > MAX_CELL)) return false;
    this.endLine();
    this.blocks.push({ type: "table", rows: rows.filter((r) => r.length) });
    return true;
  }

  children(el: Element) {
    for (const k of el.childNodes) this.node(k);
  }

  node(n: Node) {
    if (n.nodeName === "#text") return void this.line.push((n as DefaultTreeAdapterMap["textNode"]).value);
    if (!isElement(n) || SKIP.has(n.tagName) || hidden(n)) return;
    if (n.tagName === "br") return this.endLine();
    if (n.tagName === "table" && isDataTable(n) && this.table(n)) return;
    const block = BLOCK.has(n.tagName);
    if (block) this.endLine();
    this.children(n);
    if (block) this.endLine();
  }

  finish(): Block[] {
    this.endLine();
    return this.blocks;
  }
}

/** The page's blocks; call scanHtml (html-budget.ts) first: parse5 and this walk are then bounded. */
export function htmlBlocks(html: string): Block[] {
  const doc = parse(html);
  const reader = new Reader();
  for (const n of doc.childNodes) reader.node(n);
  return trimPage(reader.finish());
}
