// Reading one data row through the mapping — the same for proposeMapping (the distinct values) and tallyRegister
// (the counting). Private columns are never read: their cells are only tested for being empty.
import type { ColumnRole, RegisterLayout, RegisterMapping, RegisterSheet, ValueField } from "../types";
import { normalize } from "./normalize";

export type Columns = Partial<Record<Exclude<ColumnRole, "private" | "ignored">, number>>;

/** Each role's column index (the first column of a role wins); positional when the mapping lists every header. */
export function columnsOf(layout: RegisterLayout, mapping: RegisterMapping): Columns {
  const positional = mapping.columns.length === layout.headers.length && mapping.columns.every((c, i) => c.header === layout.headers[i]);
  const out: Columns = {};
  layout.headers.forEach((header, i) => {
    const role = positional ? mapping.columns[i]!.role : mapping.columns.find((c) => c.header === header)?.role;
    if (!role || role === "private" || role === "ignored") return;
    if (out[role] === undefined) out[role] = i;
  });
  return out;
}

/** Rows under the header that hold anything outside ignored columns (blank rows are skipped, not listed). */
export function dataRows(sheet: RegisterSheet, layout: RegisterLayout, mapping: RegisterMapping): RegisterSheet["rows"] {
  const ignored = new Set<number>();
  layout.headers.forEach((h, i) => {
    const role = mapping.columns.length === layout.headers.length ? mapping.columns[i]?.role : mapping.columns.find((c) => c.header === h)?.role;
    if (role === "ignored") ignored.add(i);
  });
  return sheet.rows.filter((r) => r.rowNumber >= layout.firstDataRow && r.cells.some((c, i) => c !== "" && !ignored.has(i)));
}

const EMPTY_REASON = new Set(["", "无", "/", "—", "-", "——"]);

export function cell(row: RegisterSheet["rows"][number], index: number | undefined): string {
  return index === undefined ? "" : (row.cells[index] ?? "");
}

/** The text a value field is mapped by. An outcome with a reason column reads 「不予公开：属于国家秘密」. */
export function fieldValue(row: RegisterSheet["rows"][number], columns: Columns, field: ValueField): string {
  if (field !== "outcome") return cell(row, columns[field]);
  const outcome = cell(row, columns.outcome);
  const reason = cell(row, columns.reason);
  if (EMPTY_REASON.has(normalize(reason)) || reason === "") return outcome;
  return outcome ? `${outcome}：${reason}` : reason;
}

const YES = new Set(["是", "已撤回", "撤回", "√", "✓", "✔", "y", "yes", "1", "true", "申请人撤回"]);
const NO = new Set(["", "否", "无", "未撤回", "不", "n", "no", "0", "false", "未"]);

/** 是否撤回: true, false, or null when the cell says something else (then the row is not counted). */
export function withdrawnFlag(text: string): boolean | null {
  const t = normalize(text);
  if (YES.has(t)) return true;
  if (NO.has(t) || EMPTY_REASON.has(t)) return false;
  return null;
}

export const VALUE_FIELDS: Record<"requests" | "appeals", ValueField[]> = {
  requests: ["applicantType", "outcome"],
  appeals: ["caseType", "result"],
};
