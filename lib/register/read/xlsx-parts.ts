// The workbook around the cells (#24): its sheets, which are hidden (<sheet state="hidden|veryHidden"> in
// xl/workbook.xml, ECMA-376 Part 1 §18.2.19), where they are (workbook.xml.rels), and each sheet's merged ranges
// (<mergeCells>, §18.3.1.55). All small: the workbook and its relationships are parsed whole with xmldom; of a
// sheet's XML only the <mergeCells> element after <sheetData> is (the rows are xlsx-sheet's, with saxen).
import { DOMParser, type Element } from "@xmldom/xmldom";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

export type BookSheet = { name: string; hidden: boolean; path: string | null };
/** The workbook: its sheets in order, whether its dates count from 1904 (§18.2.28), where its texts and styles are. */
export type Book = { sheets: BookSheet[]; date1904: boolean; sharedStrings: string; styles: string };
/** A merged range, 1-based and inclusive. */
export type Merge = { top: number; left: number; bottom: number; right: number };

const decoder = new TextDecoder("utf-8");

function parse(xml: string): Element | null {
  try {
    return new DOMParser({ onError: () => undefined }).parseFromString(xml, "text/xml").documentElement ?? null;
  } catch {
    return null;
  }
}

function elements(root: Element | null, localName: string): Element[] {
  return root ? Array.from(root.getElementsByTagNameNS("*", localName)) : [];
}

/** 「worksheets/sheet1.xml」 relative to xl/, or 「/xl/worksheets/sheet1.xml」 from the package root. */
function partPath(target: string): string {
  return target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
}

/** The workbook's sheets in order, each with its visibility and the part that holds it, and its shared parts. */
export function bookInfo(parts: Map<string, Uint8Array>): Book {
  const rels = parts.get("xl/_rels/workbook.xml.rels");
  const relations = elements(parse(rels ? decoder.decode(rels) : "<r/>"), "Relationship");
  const targets = new Map(relations.map((r) => [r.getAttribute("Id") ?? "", r.getAttribute("Target") ?? ""]));
  const ofType = (type: string, fallback: string) => {
    const rel = relations.find((r) => (r.getAttribute("Type") ?? "").endsWith(`/${type}`));
    return rel ? partPath(rel.getAttribute("Target") ?? "") : fallback;
  };
  const bookXml = parts.get("xl/workbook.xml");
  const book = bookXml ? parse(decoder.decode(bookXml)) : null;
  const sheets = elements(book, "sheet").map((s) => {
    const state = s.getAttribute("state");
    const target = targets.get(s.getAttributeNS(REL, "id") ?? "");
    return { name: s.getAttribute("name") ?? "", hidden: state === "hidden" || state === "veryHidden", path: target ? partPath(target) : null };
  });
  const pr = elements(book, "workbookPr")[0]?.getAttribute("date1904");
  return { sheets, date1904: pr === "1" || pr === "true", sharedStrings: ofType("sharedStrings", "xl/sharedStrings.xml"), styles: ofType("styles", "xl/styles.xml") };
}

function cellAddress(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/.exec(ref.trim().toUpperCase());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

function mergeRange(ref: string): Merge | null {
  const [a, b = a] = ref.split(":");
  const from = cellAddress(a ?? "");
  const to = cellAddress(b ?? "");
  if (!from || !to) return null;
  return { top: Math.min(from.row, to.row), left: Math.min(from.col, to.col), bottom: Math.max(from.row, to.row), right: Math.max(from.col, to.col) };
}

/** The sheet's merged ranges: its <mergeCells> element (it follows <sheetData>), parsed on its own. */
export function sheetMerges(sheetXml: Uint8Array): Merge[] {
  const xml = decoder.decode(sheetXml);
  const tail = xml.slice(Math.max(0, xml.lastIndexOf("sheetData")));
  const open = /<(?:([A-Za-z_][\w.-]*):)?mergeCells[\s>/]/.exec(tail);
  if (!open) return [];
  const close = tail.lastIndexOf("mergeCells>");
  const fragment = close > open.index ? tail.slice(open.index, close + "mergeCells>".length) : tail.slice(open.index, tail.indexOf(">", open.index) + 1);
  const prefix = open[1] ? `xmlns:${open[1]}` : "xmlns";
  return elements(parse(`<root ${prefix}="${MAIN}">${fragment}</root>`), "mergeCell").flatMap((m) => mergeRange(m.getAttribute("ref") ?? "") ?? []);
}
