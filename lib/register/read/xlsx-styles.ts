// Which cells hold dates, and the few texts a sheet points to. A date in .xlsx is a number whose cell style
// (<c s>, an index into styles.xml's <cellXfs>) has a date number format (ECMA-376 Part 1 §18.8.30–31): a
// built-in one — 14–22, 45–47, and in Chinese Excel/WPS 27–36 and 50–58 (年月日 forms) — or a custom code with
// y/m/d/h/s outside quotes and brackets. Shared strings (§18.4.9) are the texts cells of t="s" index.
import { Parser } from "saxen";

const BUILTIN_DATES = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** 「yyyy"年"m"月"d"日"」 is a date; 「0.00」, 「"第"0"件"」 and 「General」 are not. */
export function isDateFormat(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|\[[^\]]*\]|_.|\*./g, "");
  return !/general/i.test(bare) && /[ymdhs]/i.test(bare.split(";")[0] ?? "");
}

/** Excel's _xHHHH_ escapes (a character XML cannot carry, such as a carriage return) back to the character. */
export function unescapeOoxml(s: string): string {
  return s.includes("_x") ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
}

/** For each cell style index, whether it formats its number as a date. */
export function dateStyles(xml: string): boolean[] {
  const custom = new Map<number, string>();
  const dates: boolean[] = [];
  let inCellXfs = false;
  new Parser()
    .on("openTag", (name, attrs, _d, selfClosing) => {
      const tag = local(name);
      if (tag === "numFmt") custom.set(Number(attrs().numFmtId), attrs().formatCode ?? "");
      else if (tag === "cellXfs") inCellXfs = !selfClosing;
      else if (tag === "xf" && inCellXfs) {
        const id = Number(attrs().numFmtId ?? 0);
        const code = custom.get(id);
        dates.push(code !== undefined ? isDateFormat(decodeAttr(code)) : BUILTIN_DATES.has(id));
      }
    })
    .on("closeTag", (name) => {
      if (local(name) === "cellXfs") inCellXfs = false;
    })
    .parse(xml);
  return dates;
}

function decodeAttr(s: string): string {
  return s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** The shared strings in order: each <si>'s text, rich-text runs joined, phonetic guides (<rPh>) left out. */
export function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  let text: string | null = null;
  let inT = false;
  let inPhonetic = false;
  new Parser()
    .on("openTag", (name, _a, _d, selfClosing) => {
      const tag = local(name);
      if (tag === "si") text = selfClosing ? (out.push(""), null) : "";
      else if (tag === "rPh") inPhonetic = !selfClosing;
      else if (tag === "t") inT = !selfClosing;
    })
    .on("closeTag", (name) => {
      const tag = local(name);
      if (tag === "t") inT = false;
      else if (tag === "rPh") inPhonetic = false;
      else if (tag === "si" && text !== null) {
        out.push(unescapeOoxml(text));
        text = null;
      }
    })
    .on("text", (s, decode) => {
      if (inT && !inPhonetic && text !== null) text += decode(s);
    })
    .on("cdata", (s) => {
      if (inT && !inPhonetic && text !== null) text += s;
    })
    .parse(xml);
  return out;
}
