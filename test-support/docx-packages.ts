// Test support (used only by *.test.ts): change a .docx the way another program would — drop the data part
// 年报助手 embeds (a foreign document), or edit word/document.xml (a document edited after download).
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

const DOCUMENT = "word/document.xml";

/** The package without customXml/* and without the relationship and content type that point at it. */
export function withoutEmbeddedData(docx: Uint8Array): Uint8Array {
  const files = unzipSync(docx);
  for (const name of Object.keys(files)) if (name.startsWith("customXml/")) delete files[name];
  const edit = (name: string, fn: (xml: string) => string) => (files[name] = strToU8(fn(strFromU8(files[name]!))));
  edit("word/_rels/document.xml.rels", (x) => x.replace(/<Relationship [^>]*customXml[^>]*\/>/g, ""));
  edit("[Content_Types].xml", (x) => x.replace(/<Override [^>]*customXml[^>]*\/>/g, ""));
  return zipSync(files);
}

/** The package with one part rewritten by `fn` (word/document.xml unless named). */
export function editPart(docx: Uint8Array, fn: (xml: string) => string, name = DOCUMENT): Uint8Array {
  const files = unzipSync(docx);
  const xml = strFromU8(files[name]!);
  const edited = fn(xml);
  if (edited === xml) throw new Error(`editPart: nothing changed in ${name}`);
  files[name] = strToU8(edited);
  return zipSync(files);
}
