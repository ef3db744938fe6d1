// One pass over a PDF's bytes before pdf.js sees them (limits.ts): the content streams (page contents and
// form XObjects: streams that are not fonts, images, metadata or cross-reference/object streams) are
// decoded under a byte budget (pdf-stream-decode.ts: Flate, LZW, RunLength, ASCIIHex, ASCII85, and chains of
// them), so neither a Flate or LZW bomb nor a page of a million operators reaches pdf.js, which evaluates a
// page's content in one go and cannot be stopped midway.
import { LIMITS } from "./limits";
import { decodedLength, streamFilters } from "./pdf-stream-decode";

const NOT_CONTENT = /\/Length1|\/Subtype\s*\/(?!Form\b)|\/Type\s*\/(?:XRef|ObjStm|Metadata|EmbeddedFile)|\/FontFile/;

/** Whether the PDF's content streams decode to at most LIMITS.pdfContentBytes together. */
export function pdfContentWithin(bytes: Uint8Array, budget: number = LIMITS.pdfContentBytes): boolean {
  const text = new TextDecoder("latin1").decode(bytes);
  let left = budget;
  for (let at = text.indexOf("stream"); at >= 0; at = text.indexOf("stream", at + 6)) {
    if (text.startsWith("endstream", at - 3)) continue;
    const before = text.slice(Math.max(0, at - 2000), at);
    const dictEnd = before.lastIndexOf(">>");
    if (dictEnd < 0 || before.slice(dictEnd + 2).trim()) continue; // not 「>> stream」
    const dict = before.slice(Math.max(before.lastIndexOf(" obj"), before.lastIndexOf("obj\n"), 0), dictEnd);
    let start = at + 6;
    if (text[start] === "\r") start++;
    if (text[start] === "\n") start++;
    const end = text.indexOf("endstream", start);
    if (end < 0) break;
    at = end;
    if (NOT_CONTENT.test(dict)) continue;
    const earlyChange = /\/EarlyChange\s+0\b/.test(dict) ? 0 : 1;
    const length = decodedLength(bytes.subarray(start, end), streamFilters(dict), left, earlyChange);
    if (length !== null && (left -= length) < 0) return false;
  }
  return true;
}
