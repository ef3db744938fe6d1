// .docx → paragraphs and tables in document order (ECMA-376 Part 1 §17: w:body, w:p, w:tbl, w:tc).
// Real zip and XML libraries; declared sizes are checked before anything is inflated, and a
// DOCTYPE (entity declarations, external references) is refused rather than resolved.
import { strFromU8, unzipSync } from "fflate";
import { DOMParser } from "@xmldom/xmldom";
import { importMessages as m } from "./messages";
import { paragraphLook, readParagraphStyles, type ParagraphLook, type ParagraphStyles } from "./paragraph-styles";

/**
 * `numbered`: the paragraph uses automatic list numbering (w:numPr), so its 「一、」 is not in the text.
 * `outline`, `style`, `align`: its outline level (0 = 一级标题), the paragraph style it names (when not the default)
 * and its alignment — direct or from its style chain (paragraph-styles.ts).
 */
export type Block = ({ type: "p"; text: string; numbered?: boolean } & ParagraphLook) | { type: "table"; rows: string[][] };
export type DocxResult = { ok: true; blocks: Block[] } | { ok: false; error: string };

const DOC = "word/document.xml";
const STYLES = "word/styles.xml";
const CUSTOM_XML = /^customXml\/item\d+\.xml$/;
const wanted = (name: string) => name === DOC || name === STYLES || CUSTOM_XML.test(name);
export const MAX_UNZIPPED = 50 * 1024 * 1024; // zip bomb guard: sum of declared sizes
const MAX_DOCUMENT_XML = 10 * 1024 * 1024;

type El = { localName: string | null; childNodes: ArrayLike<El>; nodeType: number; nodeValue: string | null; getAttribute?: (n: string) => string | null };

const kids = (el: El): El[] => Array.from(el.childNodes ?? []).filter((n) => n.nodeType === 1);
const child = (el: El, name: string) => kids(el).find((k) => k.localName === name);

function runText(el: El, out: string[]): void {
  for (const k of kids(el)) {
    const name = k.localName;
    if (name === "t") out.push(Array.from(k.childNodes).map((n) => n.nodeValue ?? "").join(""));
    else if (name === "tab") out.push("\t");
    else if (name === "br" || name === "cr") out.push("\n");
    else if (name === "del" || name === "moveFrom" || name === "instrText" || name === "delText" || name === "pPr" || name === "rPr") continue; // deletions, field codes, properties
    else runText(k, out);
  }
}

function paragraphText(p: El): string {
  const out: string[] = [];
  runText(p, out);
  return out.join("");
}

/** Children, looking through content controls and custom XML (w:sdt, w:sdtContent, w:customXml). */
function flat(el: El): El[] {
  return kids(el).flatMap((k) => (k.localName === "sdt" || k.localName === "sdtContent" || k.localName === "customXml" ? flat(k) : [k]));
}

function cellText(tc: El): string {
  return flat(tc)
    .flatMap((k) => (k.localName === "p" ? [paragraphText(k)] : k.localName === "tbl" ? tableRows(k).map((r) => r.join(" ")) : []))
    .join("\n");
}

function isNumbered(p: El): boolean {
  const pr = child(p, "pPr");
  return Boolean(pr && child(pr, "numPr"));
}

function isMergeContinuation(tc: El): boolean {
  const pr = child(tc, "tcPr");
  const v = pr && child(pr, "vMerge");
  if (!v) return false;
  const val = v.getAttribute?.("w:val") ?? "";
  return val !== "restart";
}

function tableRows(tbl: El): string[][] {
  return flat(tbl)
    .filter((k) => k.localName === "tr")
    .map((tr) => flat(tr).filter((k) => k.localName === "tc" && !isMergeContinuation(k)).map(cellText));
}

function walk(el: El, blocks: Block[], styles: ParagraphStyles): void {
  for (const k of flat(el)) {
    if (k.localName === "p") blocks.push({ type: "p", text: paragraphText(k), numbered: isNumbered(k), ...paragraphLook(child(k, "pPr"), styles) });
    else if (k.localName === "tbl") blocks.push({ type: "table", rows: tableRows(k) });
  }
}

/** word/document.xml and word/styles.xml as text; `customXml`: the custom XML data parts (customXml/itemN.xml). */
export type DocxParts = { xml: string; styles?: string; customXml: string[] };

/** word/document.xml, word/styles.xml and the custom XML data parts; nothing else is inflated. */
export function readDocxParts(bytes: Uint8Array): ({ ok: true } & DocxParts) | { ok: false; error: string } {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, error: m.notZip };
  let total = 0;
  let tooBig = false;
  let lying = false;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => {
        total += f.originalSize;
        if (!wanted(f.name) || (CUSTOM_XML.test(f.name) && f.originalSize > MAX_DOCUMENT_XML)) return false; // an oversized data part is left unread
        if (f.originalSize > MAX_DOCUMENT_XML) tooBig = true;
        // Deflate never grows data by more than a few bytes per block: a smaller declared size is a lie.
        if (f.size > f.originalSize * 1.01 + 1024) lying = true;
        return !lying && !tooBig && total <= MAX_UNZIPPED;
      },
    });
  } catch {
    return { ok: false, error: m.badZip };
  }
  if (lying) return { ok: false, error: m.badZip };
  if (total > MAX_UNZIPPED || tooBig) return { ok: false, error: m.tooBigUnzipped };
  const doc = files[DOC];
  if (!doc) return { ok: false, error: m.noDocumentXml };
  const styles = files[STYLES];
  const customXml = Object.keys(files)
    .filter((name) => CUSTOM_XML.test(name))
    .map((name) => strFromU8(files[name]!));
  return { ok: true, xml: strFromU8(doc), styles: styles && strFromU8(styles), customXml };
}

export function docxBlocks(bytes: Uint8Array): DocxResult {
  const read = readDocxParts(bytes);
  return read.ok ? blocksOf(read) : read;
}

export function blocksOf(read: DocxParts): DocxResult {
  if (/<!DOCTYPE|<!ENTITY/i.test(read.xml.slice(0, 4096)) || /<!ENTITY/i.test(read.xml)) return { ok: false, error: m.doctype };
  let root: El | null = null;
  try {
    const doc = new DOMParser({ onError: () => undefined }).parseFromString(read.xml, "text/xml");
    root = doc.documentElement as unknown as El;
  } catch {
    return { ok: false, error: m.badXml };
  }
  const body = root && child(root, "body");
  if (!body) return { ok: false, error: m.badXml };
  const blocks: Block[] = [];
  walk(body, blocks, readParagraphStyles(read.styles));
  return { ok: true, blocks };
}
