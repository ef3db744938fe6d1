// A zip's central directory (APPNOTE.TXT §4.3.12–16) and its entries inflated with fflate's streaming Inflate
// under a byte budget: inflating stops as soon as the budget is passed, whatever size the entry declares
// (a zip bomb declares little and inflates to gigabytes). Nothing is inflated that was not asked for.
import { Inflate } from "fflate";

export type ZipEntry = { name: string; method: number; flags: number; compressedSize: number; declaredSize: number; headerOffset: number };
export type Listed = { ok: true; entries: ZipEntry[] } | { ok: false; reason: "corrupt" | "too-many" };
export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; reason: "corrupt" | "too-big" | "unsupported" | "watched" };
/** Sees each inflated chunk as it comes; false stops inflating (what it saw is already too much). */
export type Watch = (chunk: Uint8Array) => boolean;

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** Inflate input is fed this many bytes at a time: deflate expands at most 1032×, so one step yields ≤ 8 MB past the budget. */
const STEP = 8192;

/**
 * An entry's name: UTF-8 when the entry says so (general purpose flag bit 11, APPNOTE.TXT §4.4.4); otherwise
 * UTF-8 if it is valid, else GBK — what Windows' 压缩(zipped)文件夹 writes, without the flag.
 */
export function entryName(raw: Uint8Array, flags: number): string {
  if (flags & 0x800) return new TextDecoder("utf-8").decode(raw);
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(raw);
  } catch {
    return new TextDecoder("gb18030").decode(raw);
  }
}

function endRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let i = last; i >= Math.max(0, last - 65_535); i--) if (view.getUint32(i, true) === EOCD) return i; // comment ≤ 64 kB
  return -1;
}

export function zipEntries(bytes: Uint8Array, maxEntries: number): Listed {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 22) return { ok: false, reason: "corrupt" };
  const end = endRecord(view);
  if (end < 0) return { ok: false, reason: "corrupt" };
  const count = view.getUint16(end + 10, true);
  const size = view.getUint32(end + 12, true);
  const start = view.getUint32(end + 16, true);
  if (count > maxEntries) return { ok: false, reason: "too-many" };
  if (start + size > end) return { ok: false, reason: "corrupt" }; // also catches ZIP64's 0xFFFFFFFF
  const entries: ZipEntry[] = [];
  for (let at = start, i = 0; i < count; i++) {
    if (at + 46 > end || view.getUint32(at, true) !== CENTRAL) return { ok: false, reason: "corrupt" };
    const nameLength = view.getUint16(at + 28, true);
    const skip = nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (at + 46 + skip > end) return { ok: false, reason: "corrupt" };
    const flags = view.getUint16(at + 8, true);
    entries.push({
      name: entryName(bytes.subarray(at + 46, at + 46 + nameLength), flags),
      flags,
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      declaredSize: view.getUint32(at + 24, true),
      headerOffset: view.getUint32(at + 42, true),
    });
    at += 46 + skip;
  }
  return { ok: true, entries };
}

/** The entry's stored bytes, located through its local header (whose name and extra lengths may differ). */
export function storedBytes(bytes: Uint8Array, e: ZipEntry): Uint8Array | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = e.headerOffset;
  if (at + 30 > bytes.length || view.getUint32(at, true) !== LOCAL) return null;
  const from = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const to = from + e.compressedSize;
  return to <= bytes.length ? bytes.subarray(from, to) : null;
}

/** Inflates one entry, refusing it once more than `budget` bytes come out, or once `watch` says stop. */
export function inflateEntry(bytes: Uint8Array, e: ZipEntry, budget: number, watch?: Watch): Inflated {
  if (e.flags & 1) return { ok: false, reason: "unsupported" }; // encrypted
  const stored = storedBytes(bytes, e);
  if (!stored) return { ok: false, reason: "corrupt" };
  if (e.method === 0) return stored.length > budget ? { ok: false, reason: "too-big" } : stored.length === e.declaredSize ? { ok: true, bytes: stored } : { ok: false, reason: "corrupt" };
  if (e.method !== 8) return { ok: false, reason: "unsupported" };
  // Deflate never grows data by more than a few bytes a block: a declared size below the compressed one is a lie.
  if (stored.length > e.declaredSize * 1.01 + 1024) return { ok: false, reason: "corrupt" };
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  let stop = false;
  const inflater = new Inflate((chunk, final) => {
    chunks.push(chunk);
    total += chunk.length;
    if (watch && !watch(chunk)) stop = true;
    if (final) done = true;
  });
  try {
    for (let at = 0; at < stored.length && !done; at += STEP) {
      inflater.push(stored.subarray(at, at + STEP), at + STEP >= stored.length);
      if (total > budget) return { ok: false, reason: "too-big" };
      if (stop) return { ok: false, reason: "watched" };
    }
  } catch {
    return { ok: false, reason: "corrupt" };
  }
  if (!done) return { ok: false, reason: "corrupt" }; // the deflate stream ended early
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return { ok: true, bytes: out };
}
