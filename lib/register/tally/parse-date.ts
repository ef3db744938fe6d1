// Register dates in every form clerks type (#24): 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305, an Excel
// serial number (45356 — a date cell formatted as a number, or a CSV of one), 「2024-03-05 10:20」, full-width
// digits. → ISO 「2024-03-05」, or null when it is not a real calendar date (2024-02-30, 2024-13-01, 「3月5日」).
import { fold } from "../mapping/normalize";

const PARTS = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[\sT]+\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const SERIAL = /^(\d{5})(?:\.\d+)?$/;
/** Excel's day 25569 is 1970-01-01 (the 1900 system; its phantom 1900-02-29 lies before any register). */
const EPOCH = 25569;
/** Serials from 1960 to 2099: a five-digit number outside is not a date. */
const SERIAL_MIN = 21916;
const SERIAL_MAX = 73050;

function iso(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || y < 1900 || y > 2099) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

export function parseRegisterDate(text: string): string | null {
  const t = fold(text).trim();
  const parts = PARTS.exec(t) ?? COMPACT.exec(t);
  if (parts) return iso(Number(parts[1]), Number(parts[2]), Number(parts[3]));
  const serial = SERIAL.exec(t);
  if (serial) {
    const n = Number(serial[1]);
    if (n < SERIAL_MIN || n > SERIAL_MAX) return null;
    const d = new Date((n - EPOCH) * 86_400_000);
    return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
  }
  return null;
}

/**
 * A date cell as the clerk reads it in a cell's cases: an Excel serial number (a CSV of date cells: 「45556」) as the
 * date it was counted under, with the number after it; any other text as it is.
 */
export function shownRegisterDate(text: string): string {
  if (!SERIAL.test(fold(text).trim())) return text;
  const date = parseRegisterDate(text);
  return date ? `${date}（表中为 ${text.trim()}）` : text;
}
