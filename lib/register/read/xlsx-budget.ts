// A .xlsx is a zip: every entry is inflated once here with a running count, so a zip bomb is refused after
// LIMITS.registerInflated bytes (issue 15's rule: bounded work on hostile files), not after the memory is gone.
// Sizes the zip declares are not trusted. The XML parts come back, so the workbook's sheet list and each
// sheet's merged ranges are read from what was already inflated (lib/register/read/xlsx-parts).
import { LIMITS } from "../../import/limits/limits";
import { inflateEntry, zipEntries } from "../../import/limits/zip-read";

export type XlsxBudget = { ok: true } | { ok: false; reason: "corrupt" | "too-big" };
export type XlsxParts = { ok: true; parts: Map<string, Uint8Array> } | { ok: false; reason: "corrupt" | "too-big" };

/** Inflates every entry under the budget; keeps the .xml and .rels parts by name. */
export function inflateXlsx(bytes: Uint8Array, budget: number = LIMITS.registerInflated): XlsxParts {
  const listed = zipEntries(bytes, LIMITS.zipEntries);
  if (!listed.ok) return { ok: false, reason: listed.reason === "too-many" ? "too-big" : "corrupt" };
  const parts = new Map<string, Uint8Array>();
  let left = budget;
  for (const entry of listed.entries) {
    if (entry.name.endsWith("/")) continue;
    const inflated = inflateEntry(bytes, entry, left);
    if (!inflated.ok) return { ok: false, reason: inflated.reason === "too-big" ? "too-big" : "corrupt" };
    left -= inflated.bytes.length;
    if (/\.(xml|rels)$/i.test(entry.name)) parts.set(entry.name.replace(/^\//, ""), inflated.bytes);
  }
  return { ok: true, parts };
}

export function xlsxWithinBudget(bytes: Uint8Array, budget: number = LIMITS.registerInflated): XlsxBudget {
  const inflated = inflateXlsx(bytes, budget);
  return inflated.ok ? { ok: true } : inflated;
}
