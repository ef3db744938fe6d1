import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { rawZip, zeroBomb } from "../../../test-support/hostile/zip";
import { inflateEntry, zipEntries } from "./zip-read";

describe("zip-read", () => {
  it("lists the central directory and inflates an entry", () => {
    const zip = zipSync({ "word/document.xml": strToU8("<w:document/>".repeat(100)), "a.txt": strToU8("hi") });
    const listed = zipEntries(zip, 10);
    if (!listed.ok) throw new Error(listed.reason);
    expect(listed.entries.map((e) => e.name).sort()).toEqual(["a.txt", "word/document.xml"]);
    const doc = listed.entries.find((e) => e.name === "word/document.xml")!;
    const read = inflateEntry(zip, doc, 1 << 20);
    expect(read.ok && new TextDecoder().decode(read.bytes)).toBe("<w:document/>".repeat(100));
  });

  it("stops inflating at the budget, whatever size the entry declares", () => {
    const zip = rawZip([{ name: "x", data: zeroBomb(1024), size: 9 << 20 }]); // 1 GB of zeros declared as 9 MB
    const listed = zipEntries(zip, 10);
    if (!listed.ok) throw new Error(listed.reason);
    const t0 = performance.now();
    expect(inflateEntry(zip, listed.entries[0]!, 4 << 20)).toEqual({ ok: false, reason: "too-big" });
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it("refuses a declared size below the compressed one without inflating (deflate never grows data that much)", () => {
    const zip = rawZip([{ name: "x", data: zeroBomb(64), size: 1000 }]);
    const listed = zipEntries(zip, 10);
    expect(listed.ok && inflateEntry(zip, listed.entries[0]!, 4 << 20)).toEqual({ ok: false, reason: "corrupt" });
  });

  it("refuses too many entries, broken directories and encrypted or unknown methods", () => {
    const many = rawZip(Array.from({ length: 11 }, (_, i) => ({ name: `${i}`, data: new Uint8Array(), size: 0, method: 0 })));
    expect(zipEntries(many, 10)).toEqual({ ok: false, reason: "too-many" });
    expect(zipEntries(many.subarray(0, many.length - 22), 100)).toEqual({ ok: false, reason: "corrupt" });
    const odd = rawZip([{ name: "x", data: new Uint8Array(8), size: 8, method: 12 }]);
    const listed = zipEntries(odd, 10);
    expect(listed.ok && inflateEntry(odd, listed.entries[0]!, 100)).toEqual({ ok: false, reason: "unsupported" });
  });
});
