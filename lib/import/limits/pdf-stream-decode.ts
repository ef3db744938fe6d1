// A PDF stream's filters (ISO 32000-1 §7.4), decoded under a byte budget so pdf-budget.ts can count what a
// content stream becomes before pdf.js decodes all of it into memory: FlateDecode (fflate), and the
// filters fflate has no reader for — LZWDecode (up to ~2 600× its size: a 1 MB stream becomes 2.5 GB),
// RunLengthDecode (up to 64×), ASCIIHexDecode and ASCII85Decode (which shrink, but may come before one that
// does not). Each stage stops one byte past the budget, so memory never exceeds the budget.
import { Unzlib } from "fflate";

export type PdfFilter = "flate" | "lzw" | "runlength" | "hex" | "a85" | "other";

const NAMES: Record<string, PdfFilter> = {
  FlateDecode: "flate", Fl: "flate", LZWDecode: "lzw", LZW: "lzw", RunLengthDecode: "runlength", RL: "runlength",
  ASCIIHexDecode: "hex", AHx: "hex", ASCII85Decode: "a85", A85: "a85",
};

/** The filters a stream dictionary names, in order (`/Filter /X` or `/Filter [/X /Y]`). */
export function streamFilters(dict: string): PdfFilter[] {
  const m = /\/Filter\s*(\[[^\]]*\]|\/[A-Za-z0-9]+)/.exec(dict);
  if (!m) return [];
  return [...m[1]!.matchAll(/\/([A-Za-z0-9]+)/g)].map((n) => NAMES[n[1]!] ?? "other");
}

const STEP = 1024;

function inflate(data: Uint8Array, budget: number): Uint8Array {
  const parts: Uint8Array[] = [];
  let total = 0;
  const inflater = new Unzlib((chunk) => {
    parts.push(chunk);
    total += chunk.length;
  });
  try {
    for (let at = 0; at < data.length && total <= budget; at += STEP) inflater.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch {
    /* damaged: what came out before the damage is what pdf.js would read too */
  }
  return concat(parts, Math.min(total, budget + 1));
}

function concat(parts: Uint8Array[], length: number): Uint8Array {
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    if (at >= length) break;
    out.set(p.subarray(0, length - at), at);
    at += p.length;
  }
  return out;
}

/** LZWDecode as pdf.js reads it: 9- to 12-bit codes, 256 clears the table, 257 ends; EarlyChange 1. */
function lzw(data: Uint8Array, budget: number, earlyChange = 1): Uint8Array {
  const out = new Uint8Array(Math.min(budget + 1, Math.ceil((data.length * 8) / 9) * 4096 + 4096)); // ≤ 4 096 bytes a code
  const prev = new Uint16Array(4096);
  const last = new Uint8Array(4096);
  const length = new Uint16Array(4096);
  for (let i = 0; i < 256; i++) (last[i] = i), (length[i] = 1);
  let [next, width, prevCode, bits, cache, n] = [258, 9, -1, 0, 0, 0];
  const seq = new Uint8Array(4097);
  let seqLength = 0;
  for (let at = 0; n <= budget; ) {
    while (bits < width && at < data.length) (cache = ((cache << 8) | data[at++]!) >>> 0), (bits += 8);
    if (bits < width) break;
    bits -= width;
    const code = (cache >>> bits) & ((1 << width) - 1);
    if (code === 256) {
      [next, width, prevCode, seqLength] = [258, 9, -1, 0];
      continue;
    }
    if (code === 257) break;
    if (code < 256) (seq[0] = code), (seqLength = 1);
    else if (code < next) {
      seqLength = length[code]!;
      for (let j = seqLength - 1, q = code; j >= 0; j--, q = prev[q]!) seq[j] = last[q]!;
    } else if (seqLength > 0) seq[seqLength++] = seq[0]!;
    if (prevCode >= 0 && next < 4096) {
      [prev[next], length[next], last[next]] = [prevCode, length[prevCode]! + 1, seq[0]!];
      next++;
      if (((next + earlyChange) & (next + earlyChange - 1)) === 0) width = Math.min(width + 1, 12);
    }
    prevCode = code;
    for (let j = 0; j < seqLength && n < out.length; j++) out[n++] = seq[j]!;
  }
  return out.subarray(0, n);
}

function runLength(data: Uint8Array, budget: number): Uint8Array {
  const out = new Uint8Array(Math.min(budget + 1, data.length * 64));
  let n = 0;
  for (let at = 0; at < data.length && n < out.length; ) {
    const len = data[at++]!;
    if (len === 128) break;
    if (len < 128) for (let j = 0; j <= len && at < data.length && n < out.length; j++) out[n++] = data[at++]!;
    else for (let j = 0, b = data[at++] ?? 0; j < 257 - len && n < out.length; j++) out[n++] = b;
  }
  return out.subarray(0, n);
}

function hex(data: Uint8Array): Uint8Array {
  const digits = new TextDecoder("latin1").decode(data).split(">")[0]!.replace(/[^0-9a-fA-F]/g, "");
  const out = new Uint8Array(Math.ceil(digits.length / 2));
  for (let i = 0; i < out.length; i++) out[i] = parseInt((digits.slice(2 * i, 2 * i + 2) + "0").slice(0, 2), 16);
  return out;
}

function ascii85(data: Uint8Array): Uint8Array {
  const text = new TextDecoder("latin1").decode(data).split("~>")[0]!.replace(/\s/g, "");
  const out: number[] = [];
  let group: number[] = [];
  const flush = (count: number) => {
    let v = 0;
    for (let i = 0; i < 5; i++) v = v * 85 + (group[i] ?? 84);
    for (let i = 0; i < count; i++) out.push((v >>> (24 - 8 * i)) & 0xff);
    group = [];
  };
  for (const ch of text) {
    if (ch === "z" && group.length === 0) out.push(0, 0, 0, 0);
    else if (ch >= "!" && ch <= "u") group.push(ch.charCodeAt(0) - 33);
    if (group.length === 5) flush(4);
  }
  if (group.length > 1) flush(group.length - 1);
  return Uint8Array.from(out);
}

/**
 * The stream's decoded length, or budget + 1 once it is past the budget; null when a filter is one this reader
 * does not decode (images' DCT, JBIG2, CCITT; Crypt): pdf.js reads those, and they are not content streams.
 */
export function decodedLength(data: Uint8Array, filters: PdfFilter[], budget: number, earlyChange?: number): number | null {
  let bytes = data;
  for (const f of filters) {
    if (f === "other") return null;
    bytes = f === "flate" ? inflate(bytes, budget) : f === "lzw" ? lzw(bytes, budget, earlyChange) : f === "runlength" ? runLength(bytes, budget) : f === "hex" ? hex(bytes) : ascii85(bytes);
    if (bytes.length > budget) return budget + 1;
  }
  return bytes.length;
}
