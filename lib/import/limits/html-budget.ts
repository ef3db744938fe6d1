// One linear pass over a web page before parse5 builds it (limits.ts): start tags are counted, and so is the
// nesting of elements whose end tag is required — parse5, like a browser, checks scopes by walking its stack
// of open elements, so 100 000 unclosed <div>s cost it O(n²). Elements whose end tag may be omitted (p, li,
// td, tr …, WHATWG HTML §13.1.2.4) and void elements (br, img …) are not counted as open; the text of
// script/style/textarea/title and comments is skipped as the tokenizer does. No regular expression over the page.
import { LIMITS } from "./limits";

export type HtmlScan = { ok: true } | { ok: false; reason: "elements" | "depth" };

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr", "param", "keygen", "frame", "basefont", "bgsound"]);
const OPTIONAL_END = new Set(["html", "head", "body", "p", "li", "dt", "dd", "rt", "rp", "optgroup", "option", "colgroup", "caption", "thead", "tbody", "tfoot", "tr", "td", "th"]);
const RAW_TEXT = new Set(["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"]);

const isLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

function tagName(html: string, from: number): string {
  let end = from;
  while (end < html.length && end - from < 32) {
    const c = html.charCodeAt(end);
    if (!(isLetter(c) || (c >= 48 && c <= 57) || c === 45)) break;
    end++;
  }
  return html.slice(from, end).toLowerCase();
}

export function scanHtml(html: string, maxElements: number = LIMITS.htmlElements, maxDepth: number = LIMITS.htmlDepth): HtmlScan {
  let elements = 0;
  let depth = 0;
  let i = html.indexOf("<");
  while (i >= 0) {
    const next = html.charCodeAt(i + 1);
    if (html.startsWith("<!--", i)) {
      const end = html.indexOf("-->", i + 4);
      if (end < 0) break;
      i = end + 2;
    } else if (next === 47 && isLetter(html.charCodeAt(i + 2))) {
      const name = tagName(html, i + 2);
      if (!OPTIONAL_END.has(name) && !VOID.has(name) && depth > 0) depth--;
    } else if (isLetter(next)) {
      const name = tagName(html, i + 1);
      if (++elements > maxElements) return { ok: false, reason: "elements" };
      const close = html.indexOf(">", i + 1);
      if (close < 0) break;
      if (RAW_TEXT.has(name)) {
        let end = html.indexOf("</", close);
        while (end >= 0 && tagName(html, end + 2) !== name) end = html.indexOf("</", end + 2);
        if (end < 0) break; // the rest of the page is that element's text
        i = end + 1;
      } else if (html.charCodeAt(close - 1) !== 47 && !OPTIONAL_END.has(name) && !VOID.has(name) && ++depth > maxDepth) return { ok: false, reason: "depth" }; // <path/> in svg closes itself
    }
    i = html.indexOf("<", i + 1);
  }
  return { ok: true };
}
