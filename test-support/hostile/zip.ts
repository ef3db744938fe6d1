// Hostile-input generators: zip containers written byte by byte (APPNOTE.TXT 6.3 §4.3: local headers, central
// directory, end record), so that every size, name and method can lie independently of the data.
import { deflateRawSync, constants } from "node:zlib";
import { strToU8 } from "fflate";

export type RawEntry = {
  name: string;
  /** The bytes stored in the zip (already deflated when `method` is 8). */
  data: Uint8Array;
  method?: number;
  /** Declared uncompressed size (local header and central directory), unless given apart. */
  size: number;
  centralSize?: number;
  flags?: number;
};

const u16 = (v: number) => [v & 0xff, (v >>> 8) & 0xff];
const u32 = (v: number) => [v & 0xff, (v >>> 8) & 0xff, (v >>> 16) & 0xff, (v >>> 24) & 0xff];

export function rawZip(entries: RawEntry[]): Uint8Array {
  const parts: number[][] = [];
  const blobs: Uint8Array[] = [];
  const central: number[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = strToU8(e.name);
    const method = e.method ?? 8;
    const head = [...u32(0x04034b50), ...u16(20), ...u16((e.flags ?? 0) | 0x800), ...u16(method), ...u16(0), ...u16(0x21), ...u32(0), ...u32(e.data.length), ...u32(e.size), ...u16(name.length), ...u16(0)];
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16((e.flags ?? 0) | 0x800), ...u16(method), ...u16(0), ...u16(0x21), ...u32(0), ...u32(e.data.length), ...u32(e.centralSize ?? e.size), ...u16(name.length), ...u16(0), ...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...name);
    parts.push(head);
    blobs.push(name, e.data);
    offset += head.length + name.length + e.data.length;
  }
  const end = [...u32(0x06054b50), ...u16(0), ...u16(0), ...u16(entries.length), ...u16(entries.length), ...u32(central.length), ...u32(offset), ...u16(0)];
  const total = offset + central.length + end.length;
  const out = new Uint8Array(total);
  let at = 0;
  entries.forEach((_, i) => {
    out.set(parts[i]!, at);
    at += parts[i]!.length;
    out.set(blobs[2 * i]!, at);
    at += blobs[2 * i]!.length;
    out.set(blobs[2 * i + 1]!, at);
    at += blobs[2 * i + 1]!.length;
  });
  out.set(central, at);
  out.set(end, at + central.length);
  return out;
}

export const deflate = (data: Uint8Array | string) => new Uint8Array(deflateRawSync(typeof data === "string" ? strToU8(data) : data, { level: 9 }));

/**
 * A raw deflate stream that inflates to `megabytes` MB of zeros from about a kilobyte per MB: one flushed
 * (byte-aligned, non-final) block of 1 MB of zeros repeated, then an empty final block (RFC 1951 §3.2.3).
 * Nothing of the inflated size is ever held here.
 */
export function zeroBomb(megabytes: number): Uint8Array {
  const block = new Uint8Array(deflateRawSync(new Uint8Array(1 << 20), { level: 9, finishFlush: constants.Z_SYNC_FLUSH }));
  const out = new Uint8Array(block.length * megabytes + 2);
  for (let i = 0; i < megabytes; i++) out.set(block, i * block.length);
  out.set([0x03, 0x00], block.length * megabytes); // BFINAL=1, BTYPE=01 (fixed Huffman), end of block
  return out;
}

/** A zip of these parts, each deflated honestly. */
export function zipOf(files: Record<string, string | Uint8Array>): Uint8Array {
  return rawZip(Object.entries(files).map(([name, v]) => {
    const bytes = typeof v === "string" ? strToU8(v) : v;
    return { name, data: deflate(bytes), size: bytes.length };
  }));
}

/** A small deterministic pseudo-random generator (for noise that does not compress). */
export function noise(length: number, seed = 1): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}
