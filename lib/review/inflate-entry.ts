// One entry of a zip on the county desk, inflated straight into a buffer one byte longer than the size it
// declares — the only allocation, none at all when the door hands in a buffer it reuses (the browser's desk
// worker reviews one file at a time) — so a batch of 20 MB entries leaves no garbage behind each (the
// streaming inflaters, fflate's and the platform's DecompressionStream, leave chunks several times the
// entry's size, and the browser's worker grew by 140 MB on three zip bombs). An entry that inflates past what
// it declares fills the extra byte and is refused, so what is kept is bounded by the declared sizes, which the
// batch's budget counts (expand-zips.ts).
import { inflateSync } from "fflate";
import { storedBytes, type ZipEntry } from "../import/limits/zip-read";

/** An entry's stored (compressed) bytes and how to inflate them: small, so it can be posted to a worker thread. */
export type PackedEntry = { stored: Uint8Array; method: number; flags: number; declaredSize: number };

/** The entry as it is stored, copied out of its archive (the archive can then be let go). */
export function packEntry(zip: Uint8Array, e: ZipEntry): PackedEntry | null {
  const stored = storedBytes(zip, e);
  return stored && { stored: stored.slice(), method: e.method, flags: e.flags, declaredSize: e.declaredSize };
}

/**
 * The entry's bytes, exactly as many as it declares; null when it is damaged, encrypted or lies about its size.
 * `into`: a buffer of the caller's, longer than the entry, to inflate into; the bytes returned are then a view
 * of it, valid until the caller uses it again.
 */
export function inflatePacked({ stored, method, flags, declaredSize }: PackedEntry, into?: Uint8Array): Uint8Array | null {
  if (flags & 1) return null; // encrypted
  if (method === 0) return stored.length === declaredSize ? stored : null;
  if (method !== 8) return null;
  // Deflate never grows data by more than a few bytes a block: a declared size below the stored one is a lie.
  if (stored.length > declaredSize * 1.01 + 1024) return null;
  const out = into && into.length > declaredSize ? into.subarray(0, declaredSize + 1) : new Uint8Array(declaredSize + 1);
  try {
    const got = inflateSync(stored, { out });
    return got.length === declaredSize ? out.subarray(0, declaredSize) : null;
  } catch {
    return null; // not a deflate stream, or past the end of `out`
  }
}
