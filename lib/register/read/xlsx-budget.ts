// A .xlsx is a zip: before exceljs inflates it, every entry is inflated once with a running count, so a zip bomb
// is refused after LIMITS.registerInflated bytes (issue 15's rule: bounded work on hostile files), not after the
// memory is gone. Sizes the zip declares are not trusted.
import { LIMITS } from "../../import/limits/limits";
import { inflateEntry, zipEntries } from "../../import/limits/zip-read";

export type XlsxBudget = { ok: true } | { ok: false; reason: "corrupt" | "too-big" };

export function xlsxWithinBudget(bytes: Uint8Array, budget: number = LIMITS.registerInflated): XlsxBudget {
  const listed = zipEntries(bytes, LIMITS.zipEntries);
  if (!listed.ok) return { ok: false, reason: listed.reason === "too-many" ? "too-big" : "corrupt" };
  let left = budget;
  for (const entry of listed.entries) {
    if (entry.name.endsWith("/")) continue;
    const inflated = inflateEntry(bytes, entry, left);
    if (!inflated.ok) return { ok: false, reason: inflated.reason === "too-big" ? "too-big" : "corrupt" };
    left -= inflated.bytes.length;
  }
  return { ok: true };
}
