// The ONLY place text becomes a number. Accepts what clerks paste from Excel/WPS/Word:
// full-width digits, thousands separators, spaces, and the usual ways of writing "nothing".
// Blank stays distinct from 0: the rule engine counts blanks as 0 but warns (value.blank).

export type Parsed =
  | { kind: "blank" }
  | { kind: "number"; value: number; decimals: number }
  | { kind: "invalid"; text: string; reason: "unparseable" | "too-large" };

const BLANK_TOKENS = new Set(["", "/", "-", "--", "—", "——", "–", "无", "空", "null"]);
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00a0\u200b-\u200f\u2028\u2029\u3000\ufeff]/g;
const NUMBER = /^([+-]?)(\d+)(?:\.(\d+))?$/;
const GROUPED = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

function toHalfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/[\u2212\u2012\u2013\uff0d]/g, (ch) => (ch === "\u2013" ? "–" : "-"))
    .replace(/。/g, ".");
}

/** Normalises a raw cell to the text we try to read: visible, half-width, trimmed, unit-free. */
export function normaliseCellText(raw: string): string {
  const text = toHalfWidth(raw.replace(INVISIBLE, " ")).replace(/\s+/g, "").replace(/(件|万元)$/, "");
  return GROUPED.test(text) ? text.replace(/,/g, "") : text;
}

function fromNumber(value: number): Parsed {
  if (!Number.isFinite(value)) return { kind: "invalid", text: String(value), reason: "unparseable" };
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return { kind: "invalid", text: String(value), reason: "too-large" };
  if (Number.isInteger(value)) return { kind: "number", value, decimals: 0 };
  const frac = String(value).split(".")[1] ?? "";
  return { kind: "number", value, decimals: /e/.test(frac) ? 20 : frac.length };
}

export function parseCell(raw: unknown): Parsed {
  if (raw === null || raw === undefined) return { kind: "blank" };
  if (typeof raw === "number") return fromNumber(raw);
  if (typeof raw !== "string") return { kind: "invalid", text: String(raw), reason: "unparseable" };
  const text = normaliseCellText(raw);
  if (BLANK_TOKENS.has(text)) return { kind: "blank" };
  const m = NUMBER.exec(text);
  if (!m) return { kind: "invalid", text: raw.trim(), reason: "unparseable" };
  const digits = (m[3] ?? "").replace(/0+$/, "");
  const value = Number(`${m[1]}${m[2]}${digits ? "." + digits : ""}`);
  if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return { kind: "invalid", text: raw.trim(), reason: "too-large" };
  return { kind: "number", value: Object.is(value, -0) ? 0 : value, decimals: digits.length };
}

/** The number a cell counts as in arithmetic: blank → 0, unreadable → null. */
export function cellNumber(p: Parsed): number | null {
  return p.kind === "number" ? p.value : p.kind === "blank" ? 0 : null;
}
