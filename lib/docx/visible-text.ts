// The visible text of word/document.xml, normalised, and its fingerprint: the writer stores the fingerprint
// beside the report data (embedded-data.ts); the importer recomputes it to tell whether the text was edited
// after download. Same function on both sides, so a re-save that keeps the text keeps the fingerprint.
// Counted: text runs (ECMA-376 Part 1 §17.3.3.31 w:t) including tracked insertions; not counted: tracked
// deletions and moves away (w:del, w:moveFrom), field codes (w:instrText), whitespace and empty paragraphs.

const REMOVED = /<w:(del|moveFrom)\b[^>]*?(?:\/>|>[\s\S]*?<\/w:\1>)/g;
const TEXT = /<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g;
const SPACE = /[\s\u200b-\u200d\u2060\ufeff]+/g;
const ENTITY = /&(?:#x([0-9a-fA-F]+)|#(\d+)|(lt|gt|amp|quot|apos));/g;
const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function unescapeXml(text: string): string {
  return text.replace(ENTITY, (_, hex: string | undefined, dec: string | undefined, name: string | undefined) => {
    if (name) return NAMED[name]!;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

/** One line per non-empty paragraph (table cells are paragraphs too), whitespace removed. */
export function visibleText(documentXml: string): string {
  const lines: string[] = [];
  for (const paragraph of documentXml.replace(REMOVED, "").split("</w:p>")) {
    let text = "";
    for (const m of paragraph.matchAll(TEXT)) text += m[1];
    text = unescapeXml(text).replace(SPACE, "");
    if (text) lines.push(text);
  }
  return lines.join("\n");
}

/** FNV-1a, 64 bits, over the UTF-8 bytes (two 32-bit halves: exact, and fast without BigInt). */
export function fnv1a64(text: string): string {
  let hi = 0xcbf29ce4;
  let lo = 0x84222325;
  for (const byte of new TextEncoder().encode(text)) {
    lo ^= byte;
    // × 0x100000001b3 = × 0x1b3 plus × 2^40 (which only reaches the high half: lo << 8).
    const low = (lo >>> 0) * 0x1b3;
    const carry = Math.floor(low / 0x100000000);
    hi = (Math.imul(hi, 0x1b3) + carry + (lo << 8)) >>> 0;
    lo = low >>> 0;
  }
  return (hi >>> 0).toString(16).padStart(8, "0") + (lo >>> 0).toString(16).padStart(8, "0");
}

export const FINGERPRINT_ALGORITHM = "fnv1a64-visible-text-1";

export function textFingerprint(documentXml: string): string {
  return fnv1a64(visibleText(documentXml));
}
