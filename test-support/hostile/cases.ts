// The hostile-input catalogue (issue 15): every case is generated when a test or bench asks for it, never stored.
// Each is a file as a clerk (or an attacker) could hand it to any door: a name and its bytes.
import { readFileSync } from "node:fs";
import path from "node:path";
import { strToU8 } from "fflate";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { encodeGbk } from "../gbk";
import { deflateSync } from "node:zlib";
import { ascii85, manyItems, manyPagesPdf, manyRules, brokenXrefPdf, filteredPagePdf, flatePagePdf, loopingPdf, pdfOf } from "./pdf";
import { lzwBomb } from "../lzw-encode";
import { BILLION_LAUGHS, XXE, documentXml, nestedRuns, nestedSdt, nestedTables, para, paras, table } from "./word";
import { deflate, noise, rawZip, zeroBomb, zipOf } from "./zip";

export type HostileCase = {
  id: string;
  /** The file name the doors are given (its extension matters to some of them). */
  file: string;
  /** Built anew on every call (nothing large is kept between cases). */
  bytes: () => Uint8Array;
  /** `refused`: must end in a Chinese error; `read`: must be read; absent: either, with Chinese wording. */
  expect?: "refused" | "read";
  /** Among the named heavy cases measured one by one in a child process (exact peak memory). */
  heavy?: boolean;
};

const MB = 1024 * 1024;
const seeds = path.resolve(import.meta.dirname, "../../templates/gov-2021/fixtures/seeds");
const seedText = () => readFileSync(path.join(seeds, "002.txt"), "utf8");
const report = () => structuredClone(valid) as unknown as Record<string, unknown> & typeof valid;
const json = (v: unknown) => strToU8(JSON.stringify(v));


const cases: HostileCase[] = [];
const add = (id: string, file: string, make: () => Uint8Array, more: Partial<HostileCase> = {}) => cases.push({ id, file, bytes: make, ...more });
const docxOf = (body: string) => zipOf({ "word/document.xml": documentXml(body) });

/** 9 MB of short paragraphs with text that does not repeat, about 1 MB zipped (the probe's 「1 MB zip bomb」). */
function nineMbOfParagraphs(): string {
  const rnd = noise(400_000, 7);
  const out: string[] = [];
  let length = 0;
  for (let i = 0; length < 9 * MB; i++) {
    const p = para(`${((rnd[i % rnd.length]! * 7919 + i) >>> 0).toString(36)}${String.fromCharCode(0x4e00 + rnd[(i * 3) % rnd.length]! * 80)}`);
    out.push(p);
    length += p.length;
  }
  return out.join("");
}

// ── zip containers ───────────────────────────────────────────────────────────────────────────────────────────
add("zip-bomb-9mb-declared", "bomb.docx", () => docxOf(nineMbOfParagraphs()), { expect: "refused", heavy: true });
add("zip-bomb-1gb-declares-9mb", "bomb.docx", () => rawZip([{ name: "word/document.xml", data: zeroBomb(1024), size: 9 * MB }]), { expect: "refused", heavy: true });
add("zip-bomb-1gb-declares-1kb", "bomb.docx", () => rawZip([{ name: "word/document.xml", data: zeroBomb(1024), size: 1000 }]), { expect: "refused" });
add("zip-bomb-1gb-honest", "bomb.docx", () => rawZip([{ name: "word/document.xml", data: zeroBomb(1024), size: 1024 * MB }]), { expect: "refused" });
add("zip-bomb-central-differs", "bomb.docx", () => rawZip([{ name: "word/document.xml", data: zeroBomb(200), size: 4000, centralSize: 4000 }]), { expect: "refused" });
add("zip-bomb-in-styles", "bomb.docx", () => rawZip([{ name: "word/document.xml", data: deflate(documentXml(para("x"))), size: documentXml(para("x")).length }, { name: "word/styles.xml", data: zeroBomb(300), size: 2000 }]), { expect: "refused" });
add("zip-bomb-in-data-part", "bomb.docx", () => rawZip([{ name: "word/document.xml", data: deflate(documentXml(para("x"))), size: documentXml(para("x")).length }, { name: "customXml/item1.xml", data: zeroBomb(300), size: 2000 }]), { expect: "refused" });
add("zip-bomb-many-entries", "bomb.docx", () => rawZip([{ name: "word/document.xml", data: deflate(documentXml(para("x"))), size: documentXml(para("x")).length }, ...Array.from({ length: 30 }, (_, i) => ({ name: `customXml/item${i + 1}.xml`, data: zeroBomb(20), size: 1000 }))]), { expect: "refused" });
add("zip-declared-60mb-zeros", "bomb.docx", () => zipOf({ "word/document.xml": new Uint8Array(60 * MB) }), { expect: "refused" });
add("zip-entries-declared-sum", "big.docx", () => zipOf({ ...Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`word/media/x${i}.bin`, new Uint8Array(10 * MB)])), "word/document.xml": documentXml(para("x")) }), { expect: "refused" });
add("zip-20000-entries", "many.docx", () => rawZip(Array.from({ length: 20_000 }, (_, i) => ({ name: `word/media/${i}.bin`, data: new Uint8Array(0), size: 0, method: 0 }))), { expect: "refused" });
add("zip-stored-too-big", "stored.docx", () => rawZip([{ name: "word/document.xml", data: new Uint8Array(12 * MB).fill(0x20), size: 12 * MB, method: 0 }]), { expect: "refused" });
add("zip-stored-size-lie", "stored.docx", () => rawZip([{ name: "word/document.xml", data: strToU8(documentXml(para("x"))), size: 3, method: 0 }]), { expect: "refused" });
add("zip-method-bzip2", "m.docx", () => rawZip([{ name: "word/document.xml", data: noise(1000), size: 5000, method: 12 }]), { expect: "refused" });
add("zip-method-aes", "m.docx", () => rawZip([{ name: "word/document.xml", data: noise(1000), size: 5000, method: 99 }]), { expect: "refused" });
add("zip-encrypted-flag", "m.docx", () => rawZip([{ name: "word/document.xml", data: noise(1000), size: 5000, flags: 1 }]), { expect: "refused" });
add("zip-corrupt-deflate", "c.docx", () => rawZip([{ name: "word/document.xml", data: noise(50_000, 3), size: 200_000 }]), { expect: "refused" });
add("zip-deflate-cut-short", "c.docx", () => { const d = deflate(documentXml(paras(2000))); return rawZip([{ name: "word/document.xml", data: d.subarray(0, d.length >> 1), size: documentXml(paras(2000)).length }]); }, { expect: "refused" });
for (const [i, frac] of [0.1, 0.5, 0.9, 0.99].entries()) add(`zip-truncated-${i}`, "t.docx", () => { const z = docxOf(paras(500)); return z.subarray(0, Math.floor(z.length * frac)); }, { expect: "refused" });
add("zip-no-central-directory", "t.docx", () => { const z = docxOf(paras(50)); return z.subarray(0, z.length - 22); }, { expect: "refused" });
add("zip-central-offset-beyond", "t.docx", () => { const z = docxOf(paras(50)).slice(); new DataView(z.buffer).setUint32(z.length - 6, 0x7fffffff, true); return z; }, { expect: "refused" });
add("zip-entry-count-lies", "t.docx", () => { const z = docxOf(paras(50)).slice(); new DataView(z.buffer).setUint16(z.length - 12, 65535, true); new DataView(z.buffer).setUint16(z.length - 14, 65535, true); return z; }, { expect: "refused" });
add("zip-local-offset-beyond", "t.docx", () => { const z = docxOf(paras(50)).slice(); const v = new DataView(z.buffer); const cd = v.getUint32(z.length - 6, true); v.setUint32(cd + 42, z.length + 100, true); return z; }, { expect: "refused" });
add("zip-empty", "e.docx", () => rawZip([]), { expect: "refused" });
add("zip-only-end-record", "e.docx", () => new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]), { expect: "refused" });
add("zip-pk-then-garbage", "g.docx", () => { const b = noise(100_000, 9); b[0] = 0x50; b[1] = 0x4b; return b; }, { expect: "refused" });
for (const name of ["Word/Document.xml", "word/document2.xml", "document.xml", "word\\document.xml", "word/document.xml/", "../word/document.xml"]) {
  add(`zip-part-name-${name.replace(/\W+/g, "_")}`, "n.docx", () => zipOf({ [name]: documentXml(para("一、总体情况")) }), { expect: "refused" });
}
add("zip-docx-in-docx", "n.docx", () => zipOf({ "word/document.xml": docxOf(para("x")) }), { expect: "refused" });
add("zip-document-empty", "n.docx", () => zipOf({ "word/document.xml": "" }), { expect: "refused" });
add("zip-document-binary", "n.docx", () => zipOf({ "word/document.xml": noise(100_000, 5) }), { expect: "refused" });
add("zip-document-utf16", "n.docx", () => zipOf({ "word/document.xml": new Uint8Array(new Uint16Array([...documentXml(para("一、总体情况"))].map((c) => c.charCodeAt(0))).buffer) }), { expect: "refused" });
add("zip-xlsx-named-docx", "x.docx", () => zipOf({ "xl/workbook.xml": "<workbook/>" }), { expect: "refused" });

// ── XML structure ────────────────────────────────────────────────────────────────────────────────────────────
add("xml-200000-paragraphs", "p.docx", () => docxOf("<w:p><w:r><w:t>字</w:t></w:r></w:p>".repeat(200_000)), { expect: "refused", heavy: true });
add("xml-50000-paragraphs", "p.docx", () => docxOf(paras(50_000)), { expect: "refused" });
add("xml-100000-cells", "c.docx", () => docxOf(table(10_000, 10)), { expect: "refused", heavy: true });
add("xml-20000-cells-one-row", "c.docx", () => docxOf(table(1, 20_000)), { expect: "refused" });
add("xml-50000-nested-sdt", "sdt.docx", () => docxOf(nestedSdt(50_000)), { expect: "refused", heavy: true });
add("xml-5000-nested-sdt", "sdt.docx", () => docxOf(nestedSdt(5_000)), { expect: "refused" });
add("xml-60-nested-sdt-reads", "sdt.docx", () => docxOf(nestedSdt(60, para("一、总体情况") + para("本机关依法公开。"))), { expect: "read" });
add("xml-2000-nested-tables", "t.docx", () => docxOf(nestedTables(2_000)), { expect: "refused" });
add("xml-20000-nested-tables", "t.docx", () => docxOf(nestedTables(20_000)), { expect: "refused" });
add("xml-50000-nested-hyperlinks", "h.docx", () => docxOf(nestedRuns(50_000)), { expect: "refused" });
add("xml-9mb-one-text-node", "t.docx", () => docxOf(para("政".repeat(3 * MB))), { expect: "refused" });
add("xml-9mb-one-attribute", "a.docx", () => docxOf(`<w:p w:rsidR="${"A".repeat(9 * MB)}"/>`), { expect: "refused" });
add("xml-1mb-element-name", "a.docx", () => docxOf(`<w:${"p".repeat(MB)}/>`), { expect: "refused" });
add("xml-100000-attributes", "a.docx", () => docxOf(`<w:p ${Array.from({ length: 100_000 }, (_, i) => `a${i}="1"`).join(" ")}/>`), { expect: "refused" });
add("xml-200000-comments", "c.docx", () => docxOf("<!-- x -->".repeat(200_000) + para("x")), { expect: "refused" });
add("xml-200000-processing-instructions", "c.docx", () => docxOf("<?pi x?>".repeat(200_000) + para("x")), { expect: "refused" });
add("xml-unclosed-comment", "c.docx", () => docxOf("<!-- " + para("x").repeat(1000)), { expect: "refused" });
add("xml-unclosed-cdata", "c.docx", () => docxOf("<![CDATA[ " + para("x").repeat(1000)), { expect: "refused" });
add("xml-unclosed-tag", "c.docx", () => zipOf({ "word/document.xml": `<w:document xmlns:w="x"><w:body><w:p a="${"x".repeat(1000)}` }), { expect: "refused" });
add("xml-mismatched-tags", "c.docx", () => zipOf({ "word/document.xml": documentXml("<w:p><w:r></w:p></w:r>".repeat(1000)) }), { expect: "refused" });
add("xml-200000-empty-runs", "r.docx", () => docxOf("<w:p>" + "<w:r/>".repeat(200_000) + "</w:p>"), { expect: "refused" });
add("xml-control-chars", "c.docx", () => docxOf(para("一、总体情况\u0001\u0002\u001f") + para("\ud800本机关")), {});
for (const [i, at] of [0, 4097, 100_000, MB].entries()) {
  add(`xml-doctype-at-${at}`, "d.docx", () => zipOf({ "word/document.xml": `<?xml version="1.0"?>${"<!-- pad -->".repeat(Math.ceil(at / 12))}${XXE}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para("&xxe;")}</w:body></w:document>` }), { expect: "refused", id: `xml-doctype-${i}` } as Partial<HostileCase>);
}
add("xml-doctype-inside-body", "d.docx", () => docxOf(paras(500) + "<!DOCTYPE x>" + paras(10)), { expect: "refused" });
add("xml-doctype-after-root", "d.docx", () => zipOf({ "word/document.xml": documentXml(paras(500)) + XXE }), { expect: "refused" });
add("xml-doctype-lowercase", "d.docx", () => zipOf({ "word/document.xml": `<!doctype x [<!entity a "b">]>` + documentXml(para("&a;")) }), { expect: "refused" });
add("xml-billion-laughs", "lol.docx", () => zipOf({ "word/document.xml": `<?xml version="1.0"?>${BILLION_LAUGHS}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${para("&lol9;")}</w:body></w:document>` }), { expect: "refused" });
add("xml-billion-laughs-in-styles", "lol.docx", () => zipOf({ "word/document.xml": documentXml(para("一、总体情况")), "word/styles.xml": `${BILLION_LAUGHS}<w:styles xmlns:w="x">&lol9;</w:styles>` }), { expect: "refused" });
add("xml-doctype-in-data-part", "lol.docx", () => zipOf({ "word/document.xml": documentXml(para("一、总体情况")), "customXml/item1.xml": `<?xml version="1.0"?>${"<!-- p -->".repeat(500)}${XXE}<reportData/>` }), { expect: "refused" });
add("xml-200000-styles", "s.docx", () => zipOf({ "word/document.xml": documentXml(para("x")), "word/styles.xml": `<w:styles ${'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'}>${'<w:style w:type="paragraph" w:styleId="s"><w:name w:val="heading 1"/></w:style>'.repeat(200_000)}</w:styles>` }), { expect: "refused" });
add("xml-deep-data-part", "d.docx", () => zipOf({ "word/document.xml": documentXml(para("一、总体情况")), "customXml/item1.xml": `<reportData xmlns="https://nianbao.local/report-data">${"<x>".repeat(50_000)}${"</x>".repeat(50_000)}</reportData>` }), {});
add("xml-data-part-deep-json", "d.docx", () => zipOf({ "word/document.xml": documentXml(para("一、总体情况")), "customXml/item1.xml": `<reportData xmlns="https://nianbao.local/report-data" version="1"><fingerprint algorithm="x">1</fingerprint><report>${"[".repeat(500_000)}${"]".repeat(500_000)}</report></reportData>` }), {});

// ── text fields: control characters, lone surrogates, markup, in every text field of a data file ────────────
export const PAYLOADS: Record<string, string> = {
  script: '<script>alert("x")</script>',
  attribute: '"><img src=x onerror=alert(1)>',
  xmlBreak: "]]></w:t></w:r></w:p><w:p><w:r><w:t>注入",
  entity: "&lt;&amp;&#0;&#x1F;&xxe;",
  controls: "前\u0000\u0001\u0007\u000b\u000c\u001b\u007f\u0085后",
  surrogates: "前\ud800中\udfff后\ud83d",
  bidi: "\u202e\u2066反向\u200b\u2028\u2029\ufeff",
  long: "字".repeat(200_000),
};
export const TEXT_PATHS = ["unit.name", "preamble", "prose.overview.text", "contact.department", "contact.address", "contact.phone", "contact.email", "contact.website", "contact.postcode", "publishedOn"];

function setPath(obj: Record<string, unknown>, at: string, value: unknown) {
  const keys = at.split(".");
  let o = obj;
  for (const k of keys.slice(0, -1)) o = (o[k] ??= {}) as Record<string, unknown>;
  o[keys[keys.length - 1]!] = value;
}

// Each payload alone in each field (four of them), and every payload in all fields at once.
const PER_FIELD = ["script", "attribute", "controls", "surrogates"];
for (const name of PER_FIELD) {
  for (const at of TEXT_PATHS) add(`field-${name}-${at}`, "r.json", () => { const r = report(); setPath(r, at, PAYLOADS[name]); return json(r); });
}
export const withPayloadEverywhere = (payload: string) => {
  const r = report();
  for (const at of TEXT_PATHS.filter((p) => !["publishedOn", "contact.postcode", "contact.phone"].includes(p))) setPath(r, at, `${payload}${at}`);
  return r;
};
for (const [name, payload] of Object.entries(PAYLOADS)) add(`fields-${name}-everywhere`, "r.json", () => json(withPayloadEverywhere(payload)), name === "long" ? {} : { expect: "read" });

// ── numbers ──────────────────────────────────────────────────────────────────────────────────────────────────
const cell = (v: unknown) => () => { const r = report(); (r.tables.requests.received as Record<string, unknown>).natural = v; return json(r); };
add("num-400-nines", "n.json", () => strToU8(JSON.stringify(report()).replace('"natural":46', `"natural":${"9".repeat(400)}`)));
add("num-1e308", "n.json", () => strToU8(JSON.stringify(report()).replace('"natural":46', '"natural":1e308')));
add("num-1e309", "n.json", () => strToU8(JSON.stringify(report()).replace('"natural":46', '"natural":1e309')));
add("num-minus-zero", "n.json", () => strToU8(JSON.stringify(report()).replace('"natural":46', '"natural":-0')));
for (const v of ["NaN", "Infinity", "-Infinity", "abc", "４６", "4,6", "1e3", "0x2E", "-5", "46.5", "9".repeat(400), "\u0000"]) add(`num-string-${v.slice(0, 12).replace(/\W/g, "_")}`, "n.json", cell(v));
add("num-lastyear-abc", "n.json", () => { const r = report(); (r.lastYear!.tables as Record<string, Record<string, Record<string, unknown>>>).requests = { received: { natural: "abc" } }; return json(r); });
add("num-fee-400-nines", "n.json", () => { const r = report(); r.infoFee = { status: "collected", amountYuan: "9".repeat(400) as unknown as null }; return json(r); });
const feeText = (sentence: string) => () => strToU8(seedText().replace(/2021年度未收取政府信息公开信息处理费/, sentence));
for (const s of ["本年度共收取信息处理费1,200元", "本年度共收取信息处理费１２０元", "本年度共收取信息处理费0.12万元", "本年度共收取信息处理费-50元", `本年度共收取信息处理费${"9".repeat(400)}元`, "本年度共收取信息处理费1e308元"]) {
  add(`num-fee-text-${s.slice(11).replace(/\W/g, "_")}`, "r.txt", feeText(s), { expect: "read" });
}
add("num-table-400-nines-text", "r.txt", () => strToU8(seedText().replace(/\n80\n/, `\n${"9".repeat(400)}\n`)), { expect: "read" });

// ── encodings ────────────────────────────────────────────────────────────────────────────────────────────────
const utf16 = (s: string, le: boolean, bom = true) => {
  const out = new Uint8Array(s.length * 2 + (bom ? 2 : 0));
  if (bom) out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out.set(le ? [c & 0xff, c >> 8] : [c >> 8, c & 0xff], (bom ? 2 : 0) + i * 2);
  }
  return out;
};
add("enc-gbk-text", "r.txt", () => encodeGbk(seedText()), { expect: "read" });
add("enc-utf16le-text", "r.txt", () => utf16(seedText(), true), { expect: "read" });
add("enc-utf16be-text", "r.txt", () => utf16(seedText(), false), { expect: "read" });
add("enc-utf16-no-bom", "r.txt", () => utf16(seedText(), true, false), {});
add("enc-utf8-bom-text", "r.txt", () => strToU8("\ufeff" + seedText()), { expect: "read" });
add("enc-invalid-utf8", "r.txt", () => { const b = strToU8(seedText()).slice(); for (let i = 100; i < b.length; i += 997) b[i] = 0xff; return b; }, {});
add("enc-gbk-json", "r.json", () => encodeGbk(JSON.stringify(report())), { expect: "read" });
add("enc-utf16-json", "r.json", () => utf16(JSON.stringify(report()), true), { expect: "read" });
add("enc-gbk-html", "r.html", () => encodeGbk(`<html><head><meta charset="gbk"></head><body>${seedText().split("\n").map((l) => `<p>${l}</p>`).join("")}</body></html>`), { expect: "read" });
add("enc-html-declares-unknown", "r.html", () => strToU8(`<html><head><meta charset="x-nonsense-9"></head><body><p>一、总体情况</p></body></html>`), {});

// ── garbage, empty and too large, with every extension ───────────────────────────────────────────────────
for (const ext of ["docx", "pdf", "html", "txt", "md", "json"]) {
  add(`garbage-${ext}`, `g.${ext}`, () => noise(200_000, ext.length), { expect: "refused" });
  add(`empty-${ext}`, `e.${ext}`, () => new Uint8Array(0), { expect: "refused" });
  add(`too-large-${ext}`, `big.${ext}`, () => new Uint8Array(20 * MB + 1).fill(0x61), { expect: "refused" });
  add(`nul-${ext}`, `z.${ext}`, () => new Uint8Array(1000), { expect: "refused" });
}

// ── PDF ──────────────────────────────────────────────────────────────────────────────────────────────────────
add("pdf-10000-pages", "p.pdf", () => manyPagesPdf(10_000), { expect: "refused", heavy: true });
add("pdf-101-pages", "p.pdf", () => manyPagesPdf(101), { expect: "refused" });
add("pdf-100-pages-5000-items", "p.pdf", () => manyPagesPdf(100, manyItems(5_000)), { expect: "refused", heavy: true });
add("pdf-one-page-200000-items", "p.pdf", () => manyPagesPdf(1, manyItems(200_000)), { expect: "refused" });
add("pdf-50-pages-20000-rules", "p.pdf", () => manyPagesPdf(50, manyRules(20_000)), { expect: "refused" });
add("pdf-broken-xref", "p.pdf", brokenXrefPdf, {});
add("pdf-flate-bomb-1gb", "p.pdf", () => flatePagePdf(new Uint8Array([0x78, 0x9c, ...zeroBomb(1024), 0, 0, 0, 1])), { expect: "refused", heavy: true });
// Filters fflate has no reader for: LZW turns 1.5 MB into 3.8 GB (pdf.js alone: 50 s and 6.2 GB); ASCII85
// before Flate hid a Flate bomb from a budget that only inflated streams marked Flate.
add("pdf-lzw-bomb-4gb", "p.pdf", () => filteredPagePdf(lzwBomb(1_000_000), "/LZWDecode"), { expect: "refused", heavy: true });
add("pdf-ascii85-flate-bomb-1gb", "p.pdf", () => filteredPagePdf(ascii85(new Uint8Array([0x78, 0x9c, ...zeroBomb(1024), 0, 0, 0, 1])), "[/ASCII85Decode /FlateDecode]"), { expect: "refused", heavy: true });
add("pdf-flate-500000-operators", "p.pdf", () => flatePagePdf(new Uint8Array(deflateSync(strToU8("q Q\n".repeat(500_000))))), { expect: "refused" });
add("pdf-100-pages-shared-1mb-content", "p.pdf", () => manyPagesPdf(100, "0 0 m 1 1 l S\n".repeat(70_000)), { expect: "refused" });
add("pdf-page-tree-loop", "p.pdf", loopingPdf, { expect: "refused" });
add("pdf-header-then-garbage", "p.pdf", () => { const b = noise(MB, 11); b.set(strToU8("%PDF-1.7\n")); return b; }, { expect: "refused" });
add("pdf-truncated", "p.pdf", () => manyPagesPdf(3).subarray(0, 400), { expect: "refused" });
add("pdf-no-pages", "p.pdf", () => pdfOf(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"]), { expect: "refused" });
add("pdf-encrypt-dict", "p.pdf", () => strToU8(new TextDecoder().decode(manyPagesPdf(1)).replace("/Root 1 0 R", "/Root 1 0 R /Encrypt << /Filter /Standard /V 1 /R 2 /O (x) /U (y) /P -4 >>")), { expect: "refused" });

// ── web pages ────────────────────────────────────────────────────────────────────────────────────────────────
const page = (body: string) => strToU8(`<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>${body}</body></html>`);
add("html-100000-rows", "r.html", () => page(`<table>${"<tr><td>1</td><td>2</td></tr>".repeat(100_000)}</table>`), { expect: "refused", heavy: true });
add("html-100000-nested-divs", "d.html", () => page("<div>".repeat(100_000) + "一、总体情况" + "</div>".repeat(100_000)), { expect: "refused", heavy: true });
add("html-5000-nested-divs", "d.html", () => page("<div>".repeat(5_000) + "一、总体情况" + "</div>".repeat(5_000)), { expect: "refused" });
add("html-100000-unclosed-divs", "d.html", () => page("<div>".repeat(100_000)), { expect: "refused" });
add("html-20000-nested-tables", "t.html", () => page("<table><tr><td>".repeat(20_000) + "x" + "</td></tr></table>".repeat(20_000)), { expect: "refused" });
add("html-50000-nested-b", "b.html", () => page("<b>".repeat(50_000) + "x"), { expect: "refused" });
add("html-50000-nested-spans", "s.html", () => page("<span>".repeat(50_000) + "x" + "</span>".repeat(50_000)), { expect: "refused" });
add("html-1mb-one-line", "l.html", () => page(`<p>${"政府信息公开".repeat(170_000)}</p>`), {});
add("html-300000-paragraphs", "p.html", () => page("<p>字</p>".repeat(300_000)), { expect: "refused" });
add("html-200000-attributes", "a.html", () => page(`<p ${Array.from({ length: 200_000 }, (_, i) => `a${i}=1`).join(" ")}>x</p>`), { expect: "refused" });
add("html-19mb-script", "s.html", () => page(`<script>${"x".repeat(19 * MB)}</script><p>一、总体情况</p>`), {});
add("html-xss-report", "x.html", () => page(`<h1><script>alert(1)</script>&lt;script&gt;alert(2)&lt;/script&gt;城关镇2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p><img src=x onerror=alert(1)>&lt;img src=x onerror=alert(3)&gt;本机关依法公开政府信息。</p>`), { expect: "read" });
add("html-control-chars", "c.html", () => page(`<p>一、总体情况\u0001\u0002</p><p>\ud800</p>`), {});

// ── plain text ───────────────────────────────────────────────────────────────────────────────────────────────
add("text-1mb-one-line", "l.txt", () => strToU8("政府信息公开".repeat(170_000)), {});
add("text-990k-digits-one-line", "l.txt", () => strToU8("1 ".repeat(495_000)), {});
add("text-200000-lines", "l.txt", () => strToU8("一、总体情况\n".repeat(140_000)), {});
add("text-100000-headings", "l.txt", () => strToU8(Array.from({ length: 100_000 }, (_, i) => `（${i}）主动公开`).join("\n")), {});
add("text-200000-table-lines", "l.txt", () => strToU8("二、主动公开政府信息情况\n" + "规章\t1\t2\t3\n".repeat(80_000) + "五、存在的主要问题及改进情况\n"), {});
add("text-control-chars", "c.txt", () => strToU8(seedText().replace(/。/g, "。\u0001")), {});
add("text-lone-surrogates", "c.txt", () => strToU8(seedText().replace(/。/g, "\ud800。")), {}); // UTF-8 cannot hold them: U+FFFD
add("text-xss", "x.txt", () => strToU8(seedText().replace(/官庄镇/g, "<script>alert(1)</script>官庄镇")), { expect: "read" });
add("text-1000000-chars", "x.txt", () => strToU8("字".repeat(1_000_001)), { expect: "refused" });

// ── Markdown, and text run together on one line (issue #21) ──────────────────────────────────────────────────
const md = (body: string) => strToU8(`# 城关镇2024年政府信息公开工作年度报告\n\n## 一、总体情况\n\n## 二、主动公开政府信息情况\n\n${body}`);
add("md-100000-nested-quotes", "q.md", () => md(">".repeat(100_000) + " x\n"), {});
add("md-50000-nested-lists", "l.md", () => md("- ".repeat(50_000) + "x\n"), {});
add("md-list-staircase", "s.md", () => md(Array.from({ length: 9_000 }, (_, i) => `${" ".repeat(2 * (i % 8))}- x`).join("\n")), {});
add("md-two-level-list-9000", "l.md", () => md("- x\n  - y\n".repeat(4_500)), {});
add("md-300000-emphasis", "e.md", () => md("*a".repeat(300_000)), {});
add("md-300000-brackets", "b.md", () => md("[a](".repeat(200_000)), {});
add("md-table-100000-columns", "t.md", () => md(`|${" a |".repeat(100_000)}\n|${"---|".repeat(100_000)}\n`), {});
add("md-table-9000-rows", "t.md", () => md(`| a | b |\n|---|---|\n${"| 1 | 2 |\n".repeat(9_000)}`), {});
add("md-9000-paragraphs", "p.md", () => md("段落文字。\n\n".repeat(4_500)), {});
// Just within the parser's bounds (lib/import/readers/markdown/read-markdown.ts): parsed, and still within budget.
add("md-at-bounds-lines-and-emphasis", "a.md", () => md("段落文字。\n\n".repeat(1_450) + "*a".repeat(590)), {});
add("md-at-bounds-nested-lists", "a.md", () => md(Array.from({ length: 490 }, (_, i) => `${"> ".repeat(i % 8)}- x`).join("\n") + "\n\n段落。".repeat(950)), {});
add("md-html-tables", "h.md", () => md(`<table>${"<tr><td>1</td><td>2</td></tr>".repeat(100_000)}</table>\n`), {});
add("text-run-together-numbers", "r.txt", () => strToU8("一、总体".repeat(200_000)), {});
add("text-run-together-parts", "r.txt", () => strToU8("（一）主动公开".repeat(140_000)), {});
add("text-run-together-report-x200", "r.txt", () => strToU8(`城关镇2024年政府信息公开工作年度报告${"一、总体情况本年度扎实推进。（一）主动公开全年公开信息。二、主动公开政府信息情况 规章 0 0 0 ".repeat(2_000)}`), {});

// ── JSON ─────────────────────────────────────────────────────────────────────────────────────────────────────
add("json-deep-arrays-100000", "d.json", () => strToU8("[".repeat(100_000) + "]".repeat(100_000)), { expect: "refused" });
add("json-deep-arrays-5000000", "d.json", () => strToU8("[".repeat(5_000_000) + "]".repeat(5_000_000)), { expect: "refused", heavy: true });
add("json-deep-objects", "d.json", () => strToU8('{"a":'.repeat(100_000) + "1" + "}".repeat(100_000)), { expect: "refused" });
add("json-deep-in-field", "d.json", () => strToU8(JSON.stringify(report()).replace('"preamble":', `"x":${"[".repeat(100_000)}${"]".repeat(100_000)},"preamble":`)), { expect: "refused" });
add("json-deep-in-notes", "d.json", () => strToU8(JSON.stringify(report()).replace(/}$/, `,"notes":${"[".repeat(100_000)}${"]".repeat(100_000)}}`)), { expect: "refused" });
add("json-100000-unknown-keys", "k.json", () => { const r = report(); for (let i = 0; i < 100_000; i++) (r as Record<string, unknown>)[`k${i}`] = i; return json(r); }, { expect: "refused" });
add("json-3000000-numbers", "n.json", () => strToU8(`[${"1,".repeat(3_000_000)}1]`), { expect: "refused" });
add("json-proto", "p.json", () => strToU8(JSON.stringify(report()).replace(/^\{/, '{"__proto__":{"polluted":1},"constructor":{"prototype":{"x":1}},')), {});
add("json-duplicate-keys", "p.json", () => strToU8(JSON.stringify(report()).replace(/^\{/, '{"year":"abc",')), {});
add("json-19mb-string", "s.json", () => strToU8(JSON.stringify({ ...report(), preamble: "x".repeat(19 * MB) })), { expect: "refused" });
add("json-nan-literal", "n.json", () => strToU8(JSON.stringify(report()).replace('"natural":46', '"natural":NaN')), { expect: "refused" });
add("json-top-level-string", "n.json", () => strToU8('"一、总体情况"'), { expect: "refused" });
add("json-null", "n.json", () => strToU8("null"), { expect: "refused" });

export const HOSTILE_CASES: readonly HostileCase[] = cases;
export const caseById = (id: string) => {
  const c = cases.find((k) => k.id === id);
  if (!c) throw new Error(`no hostile case ${id}`);
  return c;
};
