import { describe, expect, it } from "vitest";
import { zlibSync, strToU8 } from "fflate";
import { ascii85 } from "../../../test-support/hostile/pdf";
import { lzwBomb, lzwEncode } from "../../../test-support/lzw-encode";
import { decodedLength, streamFilters } from "./pdf-stream-decode";

const text = strToU8("BT /F1 12 Tf 72 720 Td (2024 annual report) Tj ET\n".repeat(300));

function noise(n: number, seed: number): Uint8Array {
  const out = new Uint8Array(n);
  for (let i = 0, x = seed; i < n; i++) out[i] = (x = (x * 1103515245 + 12345) >>> 0) >>> 24;
  return out;
}

describe("streamFilters", () => {
  it("reads one filter, an array of them, and the abbreviations", () => {
    expect(streamFilters("<< /Length 9 /Filter /FlateDecode >>")).toEqual(["flate"]);
    expect(streamFilters("<< /Filter [ /ASCII85Decode /LZWDecode ] /Length 9 >>")).toEqual(["a85", "lzw"]);
    expect(streamFilters("<< /Filter [/AHx/RL] >>")).toEqual(["hex", "runlength"]);
    expect(streamFilters("<< /Filter /DCTDecode >>")).toEqual(["other"]);
    expect(streamFilters("<< /Length 9 >>")).toEqual([]);
  });
});

describe("decodedLength", () => {
  it("LZW: what an independent writer compressed comes back to its length (text, noise, past a full table)", () => {
    for (const data of [text, noise(20_000, 7), new Uint8Array(50_000).fill(65)]) {
      expect(decodedLength(lzwEncode(data), ["lzw"], 10_000_000)).toBe(data.length);
    }
  });

  it("LZW bomb: 4 KB that would be 2.5 GB stops one byte past the budget", () => {
    const bomb = lzwBomb(1_000_000); // 1.5 MB of 12-bit codes, each naming a 3 839-byte string
    expect(bomb.length).toBeLessThan(2_000_000);
    expect(decodedLength(bomb, ["lzw"], 4_000_000)).toBe(4_000_001);
    // Strings of 1, 2, …, 3 839 bytes as the table grows, then 1 000 times the longest.
    expect(decodedLength(lzwBomb(1_000), ["lzw"], 100_000_000)).toBe((3839 * 3840) / 2 + 1_000 * 3839);
  });

  it("Flate, RunLength, ASCIIHex, ASCII85, and a chain of them", () => {
    expect(decodedLength(zlibSync(text), ["flate"], 10_000_000)).toBe(text.length);
    expect(decodedLength(zlibSync(new Uint8Array(50_000_000)), ["flate"], 4_000_000)).toBe(4_000_001);
    // RunLength: 3 literal bytes, then 0x41 repeated 128 times, then EOD.
    expect(decodedLength(Uint8Array.from([2, 1, 2, 3, 129, 0x41, 128]), ["runlength"], 1000)).toBe(3 + 128);
    expect(decodedLength(strToU8("48 65 6C6C6F>"), ["hex"], 1000)).toBe(5);
    expect(decodedLength(strToU8("9jqo^BlbD-BleB1DJ+*+F(f,q~>"), ["a85"], 1000)).toBe("Man is distinguished".length);
    expect(decodedLength(ascii85(zlibSync(text)), ["a85", "flate"], 10_000_000)).toBe(text.length);
    expect(decodedLength(ascii85(lzwBomb(10_000)), ["a85", "lzw"], 4_000_000)).toBe(4_000_001);
  });

  it("a filter it does not read (an image's) is not counted", () => {
    expect(decodedLength(noise(100, 1), ["other"], 1000)).toBeNull();
    expect(decodedLength(noise(100, 1), [], 1000)).toBe(100);
  });
});
