// Malformed input: a clear Chinese error, quickly (< 1 s), never an exception.
import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { importReport, type ImportInput } from "./import-report";

function expectError(input: ImportInput, says: string | RegExp) {
  const t0 = performance.now();
  let result: ReturnType<typeof importReport> | undefined;
  expect(() => (result = importReport(input))).not.toThrow();
  const ms = performance.now() - t0;
  expect(result!.ok).toBe(false);
  if (!result!.ok) expect(result!.error).toMatch(says);
  expect(ms).toBeLessThan(1000);
}

const docx = (files: Record<string, string | Uint8Array>) =>
  zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, typeof v === "string" ? strToU8(v) : v])));

/** Rewrites the uncompressed size of every entry (local header and central directory) to `size`. */
function lieAboutSize(zip: Uint8Array, size: number): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 4 <= out.length; i++) {
    const sig = view.getUint32(i, true);
    if (sig === 0x04034b50) view.setUint32(i + 22, size, true);
    if (sig === 0x02014b50) view.setUint32(i + 24, size, true);
  }
  return out;
}

describe("malformed input", () => {
  it("50 000 nested content controls: a Chinese sentence, not the engine's English", () => {
    const n = 50_000;
    const ns = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
    const body = "<w:sdt><w:sdtContent>".repeat(n) + "<w:p><w:r><w:t>x</w:t></w:r></w:p>" + "</w:sdtContent></w:sdt>".repeat(n);
    const r = importReport({ name: "deep.docx", bytes: docx({ "word/document.xml": `<w:document ${ns}><w:body>${body}</w:body></w:document>` }) });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).not.toMatch(/[A-Za-z]{4,}/);
  });

  it("not a zip, named .docx", () => expectError({ name: "a.docx", bytes: strToU8("这不是 Word 文件") }, /不是有效的 \.docx 文件/));

  it("a zip without word/document.xml", () => expectError({ name: "a.docx", bytes: docx({ "hello.txt": "hi" }) }, /没有 Word 正文/));

  it("a truncated zip", () => {
    const z = docx({ "word/document.xml": "<w:document/>" });
    expectError({ name: "a.docx", bytes: z.slice(0, z.length - 30) }, /已损坏|不是有效/);
  });

  it("a zip bomb whose declared size is too large is refused before inflating", () => {
    const bomb = docx({ "word/document.xml": new Uint8Array(60 * 1024 * 1024) });
    expect(bomb.length).toBeLessThan(1024 * 1024); // 60 MB of zeros compress to ~60 KB
    expectError({ name: "bomb.docx", bytes: bomb }, /解压后过大/);
  });

  it("a zip bomb that lies about its size (declared smaller than compressed) is refused without inflating", () => {
    const bomb = lieAboutSize(docx({ "word/document.xml": new Uint8Array(60 * 1024 * 1024) }), 1000);
    expectError({ name: "bomb.docx", bytes: bomb }, /已损坏/);
  });

  it("many entries whose declared sizes add up past 50 MB", () => {
    const files = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`word/media/x${i}.bin`, new Uint8Array(10 * 1024 * 1024)]));
    expectError({ name: "big.docx", bytes: docx({ ...files, "word/document.xml": "<w:document/>" }) }, /解压后过大/);
  });

  it("XML with a DOCTYPE / external entity is refused, never resolved", () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>`;
    expectError({ name: "xxe.docx", bytes: docx({ "word/document.xml": xml }) }, /DOCTYPE/);
  });

  it("broken XML", () => expectError({ name: "a.docx", bytes: docx({ "word/document.xml": "<w:document><w:body" }) }, /无法解析|没有找到/));

  it("a file over 20 MB", () => expectError({ name: "big.txt", bytes: new Uint8Array(20 * 1024 * 1024 + 1) }, /文件过大/));

  it("20 MB of random bytes named .txt", () => {
    const bytes = new Uint8Array(20 * 1024 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 2654435761) >>> 24;
    expectError({ name: "noise.txt", bytes }, /不是文字|不像是一份年度报告/);
  });

  it("20 MB of text", () => expectError({ name: "long.txt", bytes: strToU8("政府信息公开".repeat(1_000_000)) }, /文本过长/));

  it("binary garbage pasted as text", () => expectError({ text: "\u0000\u0001\u0002\ufffd\ufffdabc" }, /不是文字/));

  it("text that is not a report", () => expectError({ text: "今天天气很好，我们去公园散步。" }, /没有找到政府信息公开工作年度报告/));

  it("empty input", () => {
    expectError({ text: "   " }, /空的/);
    expectError({ name: "a.docx", bytes: new Uint8Array() }, /空的/);
  });

  it("old .doc files get a way forward; a PDF's text layer is read first (import-file.ts)", () => {
    expectError({ name: "a.doc", bytes: new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2]) }, /另存为/);
    expectError({ name: "a.pdf", bytes: strToU8("%PDF-1.7 ...") }, /PDF/);
  });

  it("a broken exchange file", () => expectError({ name: "a.json", bytes: strToU8("{oops") }, /不是有效的 JSON 文件/));
});
