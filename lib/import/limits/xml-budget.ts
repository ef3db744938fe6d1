// One linear pass over an XML part before any parser sees it: a DOCTYPE or ENTITY declaration anywhere is
// refused (never resolved: billion laughs, external entities), and elements, nesting depth, paragraphs and
// table cells are counted, stopping at the first budget passed (lib/import/limits/limits.ts). Comments, CDATA and
// processing instructions are skipped as the XML 1.0 grammar says (§2.5, §2.7, §2.6); quoted attribute
// values may hold 「>」 (§3.1); every end tag must close the element open (§3, Element Type Match). No regular expression, no recursion: O(length) whatever the file is.
import { LIMITS } from "./limits";

export type XmlBudget = { elements: number; depth: number; paragraphs: number; cells: number };
export type XmlScan = { ok: true } | { ok: false; reason: "doctype" | "malformed" | "elements" | "depth" | "paragraphs" | "cells" };

const DEFAULT: XmlBudget = { elements: LIMITS.xmlElements, depth: LIMITS.xmlDepth, paragraphs: LIMITS.paragraphs, cells: LIMITS.tableCells };
const LT = 60, GT = 62, SLASH = 47, BANG = 33, QUESTION = 63, COLON = 58, DQ = 34, SQ = 39;

const isNameEnd = (c: number) => c === GT || c === SLASH || c === 32 || c === 9 || c === 10 || c === 13;

/** The local name is 「p」 or 「tc」 (w:p, w:tc under any prefix). */
function localIs(xml: string, from: number, to: number, name: string): boolean {
  let colon = from - 1;
  for (let i = from; i < to; i++) if (xml.charCodeAt(i) === COLON) colon = i;
  return to - colon - 1 === name.length && xml.startsWith(name, colon + 1);
}

export function scanXml(xml: string, budget: XmlBudget = DEFAULT): XmlScan {
  let elements = 0, paragraphs = 0, cells = 0;
  const open: string[] = []; // the names of the open elements: at most budget.depth of them
  let i = xml.indexOf("<");
  while (i >= 0) {
    const next = xml.charCodeAt(i + 1);
    if (next === BANG || next === QUESTION) {
      // comments and processing instructions become nodes too: counted with the elements
      if (++elements > budget.elements) return { ok: false, reason: "elements" };
    }
    if (next === BANG) {
      if (xml.startsWith("<!--", i)) i = xml.indexOf("-->", i + 4);
      else if (xml.startsWith("<![CDATA[", i)) i = xml.indexOf("]]>", i + 9);
      else return { ok: false, reason: "doctype" }; // <!DOCTYPE, <!ENTITY, <!ELEMENT …: no declarations at all
      if (i < 0) return { ok: false, reason: "malformed" };
    } else if (next === QUESTION) {
      i = xml.indexOf("?>", i + 2);
      if (i < 0) return { ok: false, reason: "malformed" };
    } else if (next === SLASH) {
      const close = xml.indexOf(">", i + 2);
      if (close < 0 || open.pop() !== xml.slice(i + 2, close).trimEnd()) return { ok: false, reason: "malformed" }; // §3 WFC: Element Type Match
      i = close;
    } else {
      let end = i + 1;
      while (end < xml.length && !isNameEnd(xml.charCodeAt(end))) end++;
      const nameEnd = end;
      if (localIs(xml, i + 1, end, "p") && ++paragraphs > budget.paragraphs) return { ok: false, reason: "paragraphs" };
      if (localIs(xml, i + 1, end, "tc") && ++cells > budget.cells) return { ok: false, reason: "cells" };
      if (++elements > budget.elements) return { ok: false, reason: "elements" };
      let quote = 0;
      for (; end < xml.length; end++) {
        const c = xml.charCodeAt(end);
        if (quote) {
          if (c === quote) quote = 0;
        } else if (c === DQ || c === SQ) quote = c;
        else if (c === GT || c === LT) break;
      }
      if (end >= xml.length || xml.charCodeAt(end) !== GT) return { ok: false, reason: "malformed" };
      if (xml.charCodeAt(end - 1) !== SLASH) {
        if (open.length >= budget.depth) return { ok: false, reason: "depth" };
        open.push(xml.slice(i + 1, nameEnd));
      }
      i = end;
    }
    i = xml.indexOf("<", i + 1);
  }
  return open.length ? { ok: false, reason: "malformed" } : { ok: true };
}
