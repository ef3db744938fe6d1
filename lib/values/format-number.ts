// Printing numbers: plain digits as published reports do; amounts to at most 4 decimals; blanks as 0.
import type { CellKind } from "../format/types";
import { parseCell } from "./parse";

export function formatNumber(value: number, kind: CellKind): string {
  if (kind === "count") return String(value);
  return String(Math.round(value * 10000) / 10000);
}

/** What a printed report shows for a stored cell: the number, 0 for blank, the raw text if unreadable. */
export function printCell(raw: unknown, kind: CellKind): string {
  const p = parseCell(raw);
  if (p.kind === "blank") return "0";
  if (p.kind === "invalid") return p.text;
  return formatNumber(p.value, kind);
}
