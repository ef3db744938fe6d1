// Test support (used only by *.test.ts): change a .docx the way another program would — drop the data part
// 年报助手 embeds (a foreign document), or edit word/document.xml (a document edited after download).
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { dataPartXml, reportJson } from "../lib/docx/embedded-data";
import type { Report } from "../lib/report/types";

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

/** The package with its data part replaced by `report`, the fingerprint of the visible text kept (a forged data part). */
export function withForgedData(docx: Uint8Array, report: Report): Uint8Array {
  const files = unzipSync(docx);
  const part = Object.keys(files).find((n) => /^customXml\/item\d+\.xml$/.test(n) && strFromU8(files[n]!).includes("reportData"));
  if (!part) throw new Error("withForgedData: no data part");
  const fingerprint = /<fingerprint[^>]*>([^<]*)</.exec(strFromU8(files[part]!))![1]!;
  return editPart(docx, () => dataPartXml(reportJson(report), fingerprint), part);
}
