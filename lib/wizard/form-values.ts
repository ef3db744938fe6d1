// Report ⇄ form values. The form holds every cell as the text in its input ("" = blank); the report
// holds numbers where the text reads as one, the text itself where it does not (nothing typed is
// lost), null for blanks, and totals recomputed from the leaves.
import type { ReportFormat } from "../format/types";
import { cellDefs } from "../format/cell-path";
import { getAt, getPath, setPath } from "../values/object-path";
import { parseCell } from "../values/parse";
import { writeTotals } from "../grid/totals";
import type { CellValue, Report } from "../report/types";

export type FormValues = Record<string, unknown>;

const FEE_PATH = "infoFee.amountYuan";

export function cellText(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}

/** The exchange format keeps at most this much text in a cell; longer text would make the draft unreadable. */
export const MAX_CELL_TEXT = 200;

export function textToCell(text: unknown): CellValue {
  if (typeof text !== "string") return text === undefined ? null : (text as CellValue);
  if (text.trim() === "") return null;
  const p = parseCell(text);
  if (p.kind === "number" && String(p.value) === text.trim()) return p.value;
  return text.slice(0, MAX_CELL_TEXT);
}

export function toFormValues(report: Report, format: ReportFormat): FormValues {
  let values = structuredClone(report) as unknown as FormValues;
  for (const def of cellDefs(format)) values = setPath(values, def.path, cellText(getPath(report, def.path)));
  values = setPath(values, FEE_PATH, cellText(report.infoFee.amountYuan));
  return { ...values, year: String(report.year) };
}

function readYear(text: unknown): number {
  const p = parseCell(typeof text === "number" ? text : String(text ?? ""));
  return p.kind === "number" && p.decimals === 0 && p.value >= 2008 && p.value <= 2100 ? p.value : new Date().getFullYear() - 1;
}

/** Runs on every check (debounced while typing): one clone, then cells and totals written in place. */
export function fromFormValues(values: FormValues, format: ReportFormat): Report {
  const report = structuredClone(values) as unknown as Report;
  for (const def of cellDefs(format)) {
    const parent = getAt(report, def.segments.slice(0, -1)) as Record<string, unknown>;
    parent[def.segments[def.segments.length - 1]!] = textToCell(parent[def.segments[def.segments.length - 1]!]);
  }
  report.infoFee.amountYuan = textToCell(report.infoFee.amountYuan);
  report.year = readYear(values.year);
  writeTotals(report, format);
  return report;
}
