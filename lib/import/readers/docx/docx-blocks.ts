// .docx → paragraphs and tables in document order (ECMA-376 Part 1 §17: w:body, w:p, w:tbl, w:tc).
// Bounded work whatever the file (issue 15, budgets in limits.ts): the zip's parts are inflated under a byte
// budget counted while streaming (zip-read.ts); every part read is scanned once before it is parsed
// (xml-budget.ts: no DOCTYPE/ENTITY anywhere, elements, depth, paragraphs and cells counted); the tree is
// walked with explicit stacks, so no file can make the walk recurse deep.
import { strFromU8 } from "fflate";
import { DOMParser } from "@xmldom/xmldom";
import { LIMITS } from "../../limits/limits";
import { importMessages as m } from "../../messages";
import type { Block, ParagraphLook } from "../../document";
import { paragraphLook, readParagraphStyles, type ParagraphStyles } from "./paragraph-styles";
import { scanXml, type XmlScan } from "../../limits/xml-budget";
import { inflateEntry, zipEntries, type Inflated, type Watch, type ZipEntry } from "../../limits/zip-read";

export type DocxResult = { ok: true; blocks: Block[] } | { ok: false; error: string };

const DOC = "word/document.xml";
const STYLES = "word/styles.xml";
const CUSTOM_XML = /^customXml\/item\d+\.xml$/;
/** Kept for callers that name the old guard: the sum of declared sizes. */
export const MAX_UNZIPPED = LIMITS.zipDeclaredTotal;

type El = { localName: string | null; childNodes: ArrayLike<El>; nodeType: number; nodeValue: string | null; getAttribute?: (n: string) => string | null };

const kids = (el: El): El[] => Array.from(el.childNodes ?? []).filter((n) => n.nodeType === 1);
const child = (el: El, name: string) => kids(el).find((k) => k.localName === name);

const SKIPPED = new Set(["del", "moveFrom", "instrText", "delText", "pPr", "rPr"]); // deletions, field codes, properties

/** The text of a paragraph's runs, depth first, with an explicit stack. */
function paragraphText(p: El): string {
  const out: string[] = [];
  const stack: El[] = kids(p).reverse();
  while (stack.length) {
    const k = stack.pop()!;
    const name = k.localName;
    if (name === "t") out.push(Array.from(k.childNodes).map((n) => n.nodeValue ?? "").join(""));
    else if (name === "tab") out.push("\t");
    else if (name === "br" || name === "cr") out.push("\n");
    else if (!SKIPPED.has(name ?? "")) stack.push(...kids(k).reverse());
  }
  return out.join("");
}

const TRANSPARENT = new Set(["sdt", "sdtContent", "customXml"]);

/** Children, looking through content controls and custom XML (w:sdt, w:sdtContent, w:customXml), iteratively. */
function flat(el: El): El[] {
  const out: El[] = [];
  const stack: El[] = kids(el).reverse();
  while (stack.length) {
    const k = stack.pop()!;
    if (TRANSPARENT.has(k.localName ?? "")) stack.push(...kids(k).reverse());
    else out.push(k);
  }
  return out;
}

// A table inside a cell is read by calling tableRows again: one call per level of tables, and
// LIMITS.xmlDepth (checked before parsing) allows at most a few dozen levels.
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

const blockText = (b: Block) => (b.type === "p" ? b.text.length : b.rows.reduce((n, r) => n + r.reduce((k, c) => k + c.length, 0), 0));

function walk(el: El, styles: ParagraphStyles): DocxResult {
  const blocks: Block[] = [];
  let chars = 0;
  for (const k of flat(el)) {
    let block: Block | null = null;
    if (k.localName === "p") block = { type: "p", text: paragraphText(k), numbered: isNumbered(k), ...paragraphLook(child(k, "pPr"), styles) };
    else if (k.localName === "tbl") block = { type: "table", rows: tableRows(k) };
    if (!block) continue;
    chars += blockText(block);
    if (chars > LIMITS.textChars) return { ok: false, error: m.textTooLong };
    blocks.push(block);
  }
  return { ok: true, blocks };
}

/** word/document.xml and word/styles.xml as text; `customXml`: the custom XML data parts (customXml/itemN.xml). */
export type DocxParts = { xml: string; styles?: string; customXml: string[] };
type PartsResult = ({ ok: true } & DocxParts) | { ok: false; error: string };

const SCAN_ERRORS: Record<Exclude<XmlScan, { ok: true }>["reason"], string> = {
  doctype: m.doctype,
  malformed: m.badXml,
  elements: m.tooManyElements,
  depth: m.tooDeep,
  paragraphs: m.tooManyParagraphs,
  cells: m.tooManyCells,
};
const INFLATE_ERRORS: Record<Exclude<Inflated, { ok: true }>["reason"], string> = { corrupt: m.badZip, "too-big": m.partTooBig, unsupported: m.zipUnsupported, watched: m.tooManyParagraphs };

const LT = 0x3c, W = 0x77, COLON = 0x3a, P = 0x70;
const ENDS_NAME = new Set([0x20, 0x3e, 0x2f, 0x09, 0x0a, 0x0d]);

/**
 * Counts 「<w:p」 start tags in the bytes as they inflate (a tag cut between two chunks is counted too), so a
 * document of 200 000 paragraphs stops inflating at the 20 001st instead of after 7 MB; scanXml counts
 * exactly afterwards, under any prefix.
 */
function paragraphWatch(): Watch {
  let seen = 0;
  let carry = new Uint8Array(0);
  return (chunk) => {
    const bytes = carry.length ? new Uint8Array([...carry, ...chunk.subarray(0, 8)]) : null;
    const count = (b: Uint8Array, from: number, to: number) => {
      for (let i = b.indexOf(LT, from); i >= 0 && i < to; i = b.indexOf(LT, i + 1)) {
        if (b[i + 1] === W && b[i + 2] === COLON && b[i + 3] === P && ENDS_NAME.has(b[i + 4] ?? -1)) seen++;
      }
    };
    if (bytes) count(bytes, 0, carry.length); // tags that start in the previous chunk's last bytes
    count(chunk, 0, Math.max(0, chunk.length - 4));
    carry = chunk.slice(Math.max(0, chunk.length - 4));
    return seen <= LIMITS.paragraphs;
  };
}

/** A part as text, inflated within its budget and scanned before anything parses it. */
function readPart(bytes: Uint8Array, entry: ZipEntry, budget: number, watch?: Watch): { ok: true; text: string } | { ok: false; error: string } {
  if (entry.declaredSize > budget) return { ok: false, error: m.partTooBig };
  const inflated = inflateEntry(bytes, entry, budget, watch);
  if (!inflated.ok) return { ok: false, error: INFLATE_ERRORS[inflated.reason] };
  const text = strFromU8(inflated.bytes);
  const scan = scanXml(text);
  return scan.ok ? { ok: true, text } : { ok: false, error: SCAN_ERRORS[scan.reason] };
}

/** word/document.xml, word/styles.xml and the custom XML data parts; nothing else is inflated. */
export function readDocxParts(bytes: Uint8Array): PartsResult {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) return { ok: false, error: m.notZip };
  const listed = zipEntries(bytes, LIMITS.zipEntries);
  if (!listed.ok) return { ok: false, error: listed.reason === "too-many" ? m.zipTooManyEntries : m.badZip };
  const declared = listed.entries.reduce((n, e) => n + e.declaredSize, 0);
  if (declared > LIMITS.zipDeclaredTotal) return { ok: false, error: m.tooBigUnzipped };
  const doc = listed.entries.find((e) => e.name === DOC);
  if (!doc) return { ok: false, error: m.noDocumentXml };
  let left = LIMITS.inflatedTotal;
  const read = (e: ZipEntry, budget: number, watch?: Watch) => {
    const part = readPart(bytes, e, Math.min(budget, left), watch);
    if (part.ok) left -= part.text.length;
    return part;
  };
  const xml = read(doc, LIMITS.xmlPartBytes, paragraphWatch());
  if (!xml.ok) return xml;
  const stylesEntry = listed.entries.find((e) => e.name === STYLES);
  const styles = stylesEntry && read(stylesEntry, LIMITS.xmlPartBytes);
  if (styles && !styles.ok) return styles;
  const customXml: string[] = [];
  for (const e of listed.entries.filter((k) => CUSTOM_XML.test(k.name))) {
    if (e.declaredSize > LIMITS.dataPartBytes) continue; // an oversized data part is left unread
    const part = read(e, LIMITS.dataPartBytes);
    if (!part.ok) return part;
    customXml.push(part.text);
  }
  return { ok: true, xml: xml.text, styles: styles?.text, customXml };
}

export function docxBlocks(bytes: Uint8Array): DocxResult {
  const read = readDocxParts(bytes);
  return read.ok ? blocksOf(read) : read;
}

export function blocksOf(read: DocxParts): DocxResult {
  const scan = scanXml(read.xml); // readDocxParts scanned it already; blocksOf may be given text from elsewhere
  if (!scan.ok) return { ok: false, error: SCAN_ERRORS[scan.reason] };
  let root: El | null = null;
  try {
    const doc = new DOMParser({ onError: () => undefined }).parseFromString(read.xml, "text/xml");
    root = doc.documentElement as unknown as El;
  } catch {
    return { ok: false, error: m.badXml };
  }
  const body = root && child(root, "body");
  if (!body) return { ok: false, error: m.badXml };
  return walk(body, readParagraphStyles(read.styles));
}
