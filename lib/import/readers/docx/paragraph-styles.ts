// How a Word paragraph looks, as far as reading a report needs it: its outline level (一级/二级标题), the style
// it names, and its alignment — from the paragraph (w:pPr) or its style chain in word/styles.xml
// (ECMA-376 Part 1 §17.7: w:style, w:basedOn, w:outlineLvl, w:jc; built-in 「heading N」 styles).
import { DOMParser } from "@xmldom/xmldom";
import type { ParagraphLook } from "../../document";


type El = { localName: string | null; childNodes: ArrayLike<El>; nodeType: number; getAttribute?: (n: string) => string | null };
type StyleDef = { basedOn?: string; outline?: number; align?: string; heading?: number };
export type ParagraphStyles = { byId: Map<string, StyleDef>; defaultId?: string };

const kids = (el: El): El[] => Array.from(el.childNodes ?? []).filter((n) => n.nodeType === 1);
const child = (el: El | undefined, name: string) => (el ? kids(el).find((k) => k.localName === name) : undefined);
const wVal = (el: El | undefined) => el?.getAttribute?.("w:val") ?? undefined;

/** w:outlineLvl as written, 0–9; 9 is 「正文文本」 (no level), which also stops what a base style says. */
function outlineOf(pPr: El | undefined): number | undefined {
  const v = wVal(child(pPr, "outlineLvl"));
  const n = v === undefined ? NaN : Number(v);
  return Number.isInteger(n) && n >= 0 && n <= 9 ? n : undefined;
}

const NO_STYLES: ParagraphStyles = { byId: new Map() };

/** The last styles read: a batch of documents from one tool shares its styles.xml. */
let last: { xml: string; styles: ParagraphStyles } | undefined;

export function readParagraphStyles(xml: string | undefined): ParagraphStyles {
  if (!xml || /<!DOCTYPE|<!ENTITY/i.test(xml)) return NO_STYLES;
  if (last?.xml === xml) return last.styles;
  const styles = parseStyles(xml);
  last = { xml, styles };
  return styles;
}

function parseStyles(xml: string): ParagraphStyles {
  let root: El | null;
  try {
    root = new DOMParser({ onError: () => undefined }).parseFromString(xml, "text/xml").documentElement as unknown as El | null;
  } catch {
    return NO_STYLES;
  }
  const styles: ParagraphStyles = { byId: new Map() };
  for (const s of root ? kids(root) : []) {
    if (s.localName !== "style" || s.getAttribute?.("w:type") !== "paragraph") continue;
    const id = s.getAttribute?.("w:styleId");
    if (!id) continue;
    const pPr = child(s, "pPr");
    const name = wVal(child(s, "name")) ?? "";
    const heading = /^heading\s*([1-9])$/i.exec(name.trim());
    styles.byId.set(id, { basedOn: wVal(child(s, "basedOn")), outline: outlineOf(pPr), align: wVal(child(pPr, "jc")), heading: heading ? Number(heading[1]) - 1 : undefined });
    if (s.getAttribute?.("w:default") === "1" || s.getAttribute?.("w:default") === "true") styles.defaultId = id;
  }
  return styles;
}

/** The first value along the basedOn chain (at most 10 deep: a loop in a broken file ends there). */
function inherited<K extends keyof StyleDef>(styles: ParagraphStyles, id: string | undefined, key: K): StyleDef[K] {
  for (let i = 0, at = id; at && i < 10; i++) {
    const def = styles.byId.get(at);
    if (!def) return undefined;
    if (def[key] !== undefined) return def[key];
    at = def.basedOn;
  }
  return undefined;
}

export function paragraphLook(pPr: El | undefined, styles: ParagraphStyles): ParagraphLook {
  const named = wVal(child(pPr, "pStyle"));
  const id = named ?? styles.defaultId;
  const level = outlineOf(pPr) ?? inherited(styles, id, "outline") ?? inherited(styles, id, "heading");
  const outline = level !== undefined && level < 9 ? level : undefined;
  const align = wVal(child(pPr, "jc")) ?? inherited(styles, id, "align");
  const look: ParagraphLook = {};
  if (outline !== undefined) look.outline = outline;
  if (named && named !== styles.defaultId) look.style = named;
  if (align) look.align = align;
  return look;
}
