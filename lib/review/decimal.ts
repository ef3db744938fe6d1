// Exact sums of 万元 amounts (表二 行政事业性收费): decimal text in, decimal text out, as scaled integers
// (BigInt), so 0.1 + 0.2 is 「0.3」 and a county's thousand amounts carry no float drift.
import { parseCell } from "../values/parse";

/** Fixed places kept: amounts have at most 4 (value.too-many-decimals); more are rounded at the 8th. */
const SCALE = 8;
const ONE = 10n ** BigInt(SCALE);

/** A cell as a scaled integer: blank → 0, unreadable → null. */
export function toScaled(raw: unknown): bigint | null {
  const p = parseCell(raw);
  if (p.kind === "blank") return 0n;
  if (p.kind !== "number") return null;
  // toFixed gives the decimal the typed text meant (0.1 → 「0.10000000」), never the binary residue.
  const [int = "0", frac = ""] = Math.abs(p.value).toFixed(SCALE).split(".");
  const scaled = BigInt(int) * ONE + BigInt(frac.padEnd(SCALE, "0"));
  return p.value < 0 ? -scaled : scaled;
}

/** 「12.5」, 「0.3」, 「0」: no trailing zeros, no exponent. */
export function fromScaled(v: bigint): string {
  const neg = v < 0n;
  const abs = neg ? -v : v;
  const int = (abs / ONE).toString();
  const frac = (abs % ONE).toString().padStart(SCALE, "0").replace(/0+$/, "");
  return `${neg ? "-" : ""}${int}${frac ? "." + frac : ""}`;
}

/** The exact sum of decimal cells (unreadable ones are left out; they are reported per report). */
export function addDecimals(values: readonly unknown[]): string {
  let sum = 0n;
  for (const v of values) sum += toScaled(v) ?? 0n;
  return fromScaled(sum);
}
