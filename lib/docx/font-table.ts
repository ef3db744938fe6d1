// The font table (ECMA-376 §17.8.3): every font the styles name, with what Word and WPS need to substitute
// one missing on a PC — w:altName (ECMA-376 §17.8.3.1: names to use when the primary name is not present;
// here the Windows font of the same style first), PANOSE class, GB2312 charset (86), family and pitch.
// (GB/T 9704—2012 7.2/7.3: 小标宋体, 仿宋, 黑体, 楷体; 7.5 宋体 page numbers.)
import { BuilderElement, type Document } from "docx";
import type { FontProfile } from "./font-profiles";

export type FontDecl = { altName?: string; panose1: string; charset: string; family: string; pitch: "fixed" | "variable" };

export const FONT_DECLS: Record<string, FontDecl> = {
  仿宋_GB2312: { altName: "仿宋,FangSong", panose1: "02010609030101010101", charset: "86", family: "modern", pitch: "fixed" },
  楷体_GB2312: { altName: "楷体,KaiTi", panose1: "02010609030101010101", charset: "86", family: "modern", pitch: "fixed" },
  方正小标宋简体: { altName: "宋体,SimSun", panose1: "02000000000000000000", charset: "86", family: "auto", pitch: "variable" },
  黑体: { altName: "SimHei", panose1: "02010609060101010101", charset: "86", family: "modern", pitch: "fixed" },
  宋体: { altName: "SimSun", panose1: "02010600030101010101", charset: "86", family: "auto", pitch: "variable" },
  仿宋: { altName: "FangSong", panose1: "02010609060101010101", charset: "86", family: "modern", pitch: "fixed" },
  楷体: { altName: "KaiTi", panose1: "02010609060101010101", charset: "86", family: "modern", pitch: "fixed" },
  "Times New Roman": { panose1: "02020603050405020304", charset: "00", family: "roman", pitch: "variable" },
};

/** The fonts a profile uses, each once, in a stable order. */
export function profileFonts(f: FontProfile): string[] {
  return [...new Set([f.title, f.body, f.heading1, f.heading2, f.pageNumber, f.table, f.latin])];
}

const valEl = (name: string, value: string) => new BuilderElement({ name, attributes: { val: { key: "w:val", value } } });

function fontElement(name: string): BuilderElement {
  const d = FONT_DECLS[name];
  const children = d
    ? [...(d.altName ? [valEl("w:altName", d.altName)] : []), valEl("w:panose1", d.panose1), valEl("w:charset", d.charset), valEl("w:family", d.family), valEl("w:pitch", d.pitch)]
    : [];
  return new BuilderElement({ name: "w:font", attributes: { name: { key: "w:name", value: name } }, children });
}

export function createFontTable(names: string[]): BuilderElement {
  return new BuilderElement({
    name: "w:fonts",
    attributes: { w: { key: "xmlns:w", value: "http://schemas.openxmlformats.org/wordprocessingml/2006/main" } },
    children: names.map(fontElement),
  });
}

/**
 * The docx library writes fontTable.xml only for embedded fonts; the Document's font wrapper is given this table
 * as its view, so the part is declared whichever packer (browser, server, CLI, tests) turns the Document into bytes.
 */
export function declareFonts(doc: Document, names: string[]): void {
  const view = createFontTable(names);
  Object.defineProperty(doc.FontTable, "View", { get: () => view, configurable: true });
}
