// Test support: an .xlsx read without the library that wrote it — unzip (fflate) and the sheet XML (xmldom):
// sheet names in order, each sheet's cells by reference (「B3」) with shared strings resolved, merged ranges.
import { DOMParser, type Element } from "@xmldom/xmldom";
import { strFromU8, unzipSync } from "fflate";

export type Sheet = { name: string; cells: Map<string, string>; merges: string[]; rows: string[][] };

const NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

const parse = (files: Record<string, Uint8Array>, name: string) => new DOMParser().parseFromString(strFromU8(files[name]!), "text/xml");
type Node = { getElementsByTagNameNS(ns: string, n: string): Iterable<Element> | ArrayLike<Element> };
const all = (doc: Node, n: string): Element[] => Array.from(doc.getElementsByTagNameNS(NS, n));

function colIndex(ref: string): number {
  const letters = /^[A-Z]+/.exec(ref)![0];
  return [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0) - 1;
}

export function readXlsx(bytes: Uint8Array): Sheet[] {
  const files = unzipSync(bytes);
  const shared = files["xl/sharedStrings.xml"] ? all(parse(files, "xl/sharedStrings.xml"), "si").map((si) => all(si, "t").map((t) => t.textContent ?? "").join("")) : [];
  const rels = parse(files, "xl/_rels/workbook.xml.rels");
  const target = new Map(Array.from(rels.getElementsByTagName("Relationship")).map((r) => [r.getAttribute("Id"), r.getAttribute("Target")!]));
  return all(parse(files, "xl/workbook.xml"), "sheet").map((s) => {
    const path = `xl/${target.get(s.getAttributeNS(R_NS, "id"))!.replace(/^\/?xl\//, "")}`;
    const doc = parse(files, path);
    const cells = new Map<string, string>();
    const rows: string[][] = [];
    for (const c of all(doc, "c")) {
      const ref = c.getAttribute("r")!;
      const v = all(c, "v")[0]?.textContent ?? all(c, "t")[0]?.textContent ?? "";
      const text = c.getAttribute("t") === "s" ? shared[Number(v)]! : v;
      cells.set(ref, text);
      const row = Number(/\d+$/.exec(ref)![0]) - 1;
      (rows[row] ??= [])[colIndex(ref)] = text;
    }
    const merges = all(doc, "mergeCell").map((m) => m.getAttribute("ref")!);
    return { name: s.getAttribute("name")!, cells, merges, rows: Array.from(rows, (r) => Array.from(r ?? [], (x) => x ?? "")) };
  });
}
