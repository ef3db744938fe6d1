// The report year when none is given (CLI without --year): the year most applications (cases) were received in.
import { columnsOf, cell, dataRows } from "../mapping/row-values";
import type { RegisterLayout, RegisterMapping, RegisterSheet } from "../types";
import { parseRegisterDate } from "./parse-date";

export function guessYear(sheet: RegisterSheet, layout: RegisterLayout, mapping: RegisterMapping): number | null {
  const columns = columnsOf(layout, mapping);
  const index = mapping.kind === "requests" ? columns.received : columns.filed;
  const years = new Map<number, number>();
  for (const row of dataRows(sheet, layout, mapping)) {
    const iso = parseRegisterDate(cell(row, index));
    if (iso) years.set(Number(iso.slice(0, 4)), (years.get(Number(iso.slice(0, 4))) ?? 0) + 1);
  }
  let best: number | null = null;
  for (const [y, n] of years) if (best === null || n > years.get(best)! || (n === years.get(best)! && y > best)) best = y;
  return best;
}
