import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { encodeGbk } from "../../test-support/gbk";
import { entryName } from "../import/limits/zip-read";
import { batchBudget, expandItems, expandZips, openItem, zipMessages } from "./expand-zips";

const text = (f: { bytes: Uint8Array }) => new TextDecoder().decode(f.bytes);

/** A zip as Windows' 发送到 → 压缩(zipped)文件夹 writes it: names in GBK, no UTF-8 flag (fflate always sets it). */
function gbkZip(entries: Record<string, string>): Uint8Array {
  const placeholders = Object.keys(entries).map((name, i) => {
    const gbk = encodeGbk(name);
    return { gbk, ascii: `${i}`.padEnd(gbk.length, "x") };
  });
  const zip = zipSync(Object.fromEntries(placeholders.map((p, i) => [p.ascii, strToU8(Object.values(entries)[i]!)])));
  for (const p of placeholders) {
    const needle = strToU8(p.ascii);
    for (let at = 0; at < zip.length; at++) {
      if (needle.every((b, k) => zip[at + k] === b)) zip.set(p.gbk, at);
    }
  }
  return zip;
}

describe("expandZips", async () => {
  it("files inside become 「x.zip/inner/path」; other files pass through; folders and __MACOSX skipped", async () => {
    const zip = zipSync({ "乡镇/官庄镇.docx": strToU8("a"), "乡镇/": new Uint8Array(0), "__MACOSX/乡镇/._官庄镇.docx": strToU8("x"), "部门/教育局.pdf": strToU8("b") });
    const out = await expandZips([{ name: "县里.zip", bytes: zip }, { name: "单独.docx", bytes: strToU8("c") }]);
    expect(out.map((f) => [f.name, text(f)])).toEqual([
      ["县里.zip/乡镇/官庄镇.docx", "a"],
      ["县里.zip/部门/教育局.pdf", "b"],
      ["单独.docx", "c"],
    ]);
  });

  it("GBK names from a zip made on Windows come out right", async () => {
    const out = await expandZips([{ name: "报告.zip", bytes: gbkZip({ "官庄镇人民政府2024年报.docx": "a", "街道/东城街道.pdf": "b" }) }]);
    expect(out.map((f) => f.name)).toEqual(["报告.zip/官庄镇人民政府2024年报.docx", "报告.zip/街道/东城街道.pdf"]);
    expect(entryName(strToU8("plain.docx"), 0)).toBe("plain.docx");
  });

  it("a damaged zip stays one file, with the reason (its row says 无法读取)", async () => {
    const out = await expandZips([{ name: "坏.zip", bytes: strToU8("PK\u0003\u0004 not a zip at all") }]);
    expect(out).toEqual([{ name: "坏.zip", bytes: new Uint8Array(0), error: zipMessages.damaged }]);
  });

  it("a zip bomb is not inflated: an entry over the limit, and the total over the limit, become rows with the reason", async () => {
    const big = new Uint8Array(30 * 1024 * 1024); // 30 MB of zeros, ~30 KB compressed
    const out = await expandZips([{ name: "炸弹.zip", bytes: zipSync({ "大.docx": big, "小.docx": strToU8("ok") }, { level: 9 }) }]);
    expect(out.map((f) => [f.name, f.bytes.length, f.error])).toEqual([
      ["炸弹.zip/大.docx", 0, zipMessages.tooLarge(30)],
      ["炸弹.zip/小.docx", 2, undefined],
    ]);
    const many = zipSync(Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`${i}.docx`, new Uint8Array(1000)])));
    const capped = await expandZips([{ name: "多.zip", bytes: many }], { maxEntry: 2000, maxTotal: 2500 });
    expect(capped.map((f) => [f.name, f.error])).toEqual([
      ["多.zip/0.docx", undefined],
      ["多.zip/1.docx", undefined],
      ["多.zip", zipMessages.totalTooLarge],
    ]);
  });

  it("an entry whose header lies about its size cannot grow past what it declared", async () => {
    const zip = zipSync({ "a.docx": new Uint8Array(1_000_000) }, { level: 9 });
    // Central directory: original size at offset 24 of the 「PK\x01\x02」 record.
    const cd = zip.findIndex((_, i) => zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2);
    new DataView(zip.buffer).setUint32(cd + 24, 100, true);
    const [f] = await expandZips([{ name: "谎.zip", bytes: zip }]);
    expect(f!.bytes.length).toBeLessThanOrEqual(100);
  });
});

describe("the batch's budget and the entries read one at a time", () => {
  it("past the batch's inflated bytes the batch stops adding, with one row that says so; what came before is kept", async () => {
    const zip = (n: number) => ({ name: `${n}.zip`, size: 0, open: () => zipSync({ "a.docx": new Uint8Array(1000), "b.docx": new Uint8Array(1000) }) });
    const items = await expandItems([zip(1), zip(2), { name: "后面的.docx", size: 1, open: () => strToU8("x") }], batchBudget(3000));
    expect(items.map((i) => [i.name, i.error])).toEqual([
      ["1.zip/a.docx", undefined],
      ["1.zip/b.docx", undefined],
      ["2.zip/a.docx", undefined],
      ["2.zip", zipMessages.totalTooLarge],
    ]);
    expect((await openItem(items[2]!)).bytes).toEqual(new Uint8Array(1000));
  });

  it("past the batch's number of files, likewise; the rows stored already count", async () => {
    const zip = { name: "多.zip", size: 0, open: () => zipSync(Object.fromEntries(Array.from({ length: 4 }, (_, i) => [`${i}.docx`, strToU8("x")]))) };
    const items = await expandItems([zip], batchBudget(1e9, 5, 2));
    expect(items.map((i) => [i.name, i.error])).toEqual([["多.zip/0.docx", undefined], ["多.zip/1.docx", undefined], ["多.zip/2.docx", undefined], ["多.zip", zipMessages.tooMany]]);
  });

  it("an entry inflated into a reused buffer: the same bytes; one that lies about its size is refused, not truncated", async () => {
    const data = new TextEncoder().encode("官庄镇".repeat(5000));
    const zip = zipSync({ "a.txt": data }, { level: 9 });
    const into = new Uint8Array(1 << 20);
    const [a] = await expandItems([{ name: "z.zip", size: zip.length, open: () => zip }]);
    expect(new TextDecoder().decode((await openItem(a!, into)).bytes)).toBe("官庄镇".repeat(5000));
    const cd = zip.findIndex((_, i) => zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 1 && zip[i + 3] === 2);
    new DataView(zip.buffer).setUint32(cd + 24, 100, true);
    const [lying] = await expandItems([{ name: "z.zip", size: zip.length, open: () => zip }]);
    for (const buffer of [into, undefined]) expect(await openItem(lying!, buffer)).toEqual({ name: "z.zip/a.txt", bytes: new Uint8Array(0), error: zipMessages.entryDamaged });
  });
});
