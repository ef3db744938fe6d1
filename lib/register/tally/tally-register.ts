// tallyRegister (#24): each register row → the 表三/表四 cells it counts in, or the reason it cannot be counted.
// The counting choices (上年结转, withdrawn applications, which 表四 cases count) are written down in
// docs/decisions/register-counting.md. A row is never guessed into a cell: one doubt, and it is listed instead.
import { roleLabels, tallyMessages as m } from "../messages";
import { columnsOf, dataRows, cell, fieldValue, withdrawnFlag, type Columns } from "../mapping/row-values";
import type { CategoryKey, RegisterLayout, RegisterMapping, RegisterSheet, TallyResult, ValueField } from "../types";
import { appealCell, requestCell, typedCells } from "./cell-paths";
import { parseRegisterDate } from "./parse-date";

type Row = RegisterSheet["rows"][number];
/** The cells a row counts in, or why it does not. */
type Verdict = { cells: string[] } | { reason: string };

/** Thrown by a check that fails; not an Error, so no stack is captured (a register may have thousands). */
class Uncountable {
  constructor(readonly message: string) {}
}

function fail(reason: string): never {
  throw new Uncountable(reason);
}

function category(row: Row, columns: Columns, mapping: RegisterMapping, field: ValueField): CategoryKey {
  if (columns[field] === undefined) fail(m.noColumn(roleLabels[field]));
  const text = fieldValue(row, columns, field);
  if (!text) fail(m.emptyValue(roleLabels[field]));
  const key = mapping.values[field]?.[text];
  if (!key) fail(m.unmapped(roleLabels[field], text));
  return key;
}

/** A date column's ISO value; null when the column is absent or (optional) the cell is blank. */
function date(row: Row, columns: Columns, role: "received" | "answered" | "filed" | "closed", required: boolean): { iso: string; text: string } | null {
  const text = cell(row, columns[role]);
  if (columns[role] === undefined && required) fail(m.noColumn(roleLabels[role]));
  if (!text) {
    if (required) fail(m.noDate(roleLabels[role]));
    return null;
  }
  const iso = parseRegisterDate(text);
  if (!iso) fail(m.badDate(roleLabels[role], text));
  return { iso, text };
}

function requestRow(row: Row, columns: Columns, mapping: RegisterMapping, year: number): string[] {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const applicant = category(row, columns, mapping, "applicantType");
  const received = date(row, columns, "received", true)!;
  if (received.iso > end) fail(m.receivedAfter(received.text, year));
  const withdrawnText = cell(row, columns.withdrawn);
  const withdrawn = columns.withdrawn === undefined ? false : withdrawnFlag(withdrawnText);
  if (withdrawn === null) fail(m.unmapped(roleLabels.withdrawn, withdrawnText));
  const answered = date(row, columns, "answered", false);
  if (answered && answered.iso < received.iso) fail(m.answeredBeforeReceived(answered.text, received.text));
  if (answered && answered.iso < start) fail(m.answeredBeforeYear(answered.text, year));
  const first = requestCell(received.iso >= start ? "received" : "carriedOver", applicant);
  // 四、结转下年度继续办理: answered after 31 December, or not yet answered and not marked with a result.
  if (answered && answered.iso > end) return [first, requestCell("pending", applicant)];
  const outcomeText = fieldValue(row, columns, "outcome");
  let outcome: CategoryKey;
  if (withdrawn) outcome = "otherHandling.otherReason";
  else if (!answered && (!outcomeText || mapping.values.outcome?.[outcomeText] === "pending")) outcome = "pending";
  else outcome = category(row, columns, mapping, "outcome");
  if (answered && outcome === "pending") fail(m.pendingButDated(roleLabels.outcome, outcomeText, roleLabels.answered, answered.text));
  if (!answered && outcome !== "pending" && columns.answered !== undefined) {
    fail(withdrawn ? m.withdrawnNoDate : m.resultWithoutDate(roleLabels.outcome, outcomeText, roleLabels.answered));
  }
  return [first, requestCell(outcome, applicant)];
}

function appealRow(row: Row, columns: Columns, mapping: RegisterMapping, year: number): string[] {
  const start = `${year}-01-01`;
  const end = `${year}-12-31`;
  const group = category(row, columns, mapping, "caseType");
  const filed = date(row, columns, "filed", true)!;
  if (filed.iso > end) fail(m.filedAfter(filed.text, year));
  const closed = date(row, columns, "closed", false);
  if (closed && closed.iso < filed.iso) fail(m.closedBeforeFiled(closed.text, filed.text));
  if (closed && closed.iso < start) fail(m.closedBeforeYear(closed.text, year));
  if (closed && closed.iso > end) return [appealCell(group, "pending")];
  const resultText = cell(row, columns.result);
  let result: CategoryKey;
  if (!closed && (!resultText || mapping.values.result?.[resultText] === "pending")) result = "pending";
  else result = category(row, columns, mapping, "result");
  if (closed && result === "pending") fail(m.pendingButDated(roleLabels.result, resultText, roleLabels.closed, closed.text));
  if (!closed && result !== "pending" && columns.closed !== undefined) fail(m.resultWithoutDate(roleLabels.result, resultText, roleLabels.closed));
  return [appealCell(group, result)];
}

function verdict(row: Row, columns: Columns, mapping: RegisterMapping, year: number): Verdict {
  try {
    return { cells: mapping.kind === "requests" ? requestRow(row, columns, mapping, year) : appealRow(row, columns, mapping, year) };
  } catch (e) {
    if (e instanceof Uncountable) return { reason: m.row(row.rowNumber, e.message) };
    throw e;
  }
}

export function tallyRegister(sheet: RegisterSheet, layout: RegisterLayout, mapping: RegisterMapping, year: number): TallyResult {
  const columns = columnsOf(layout, mapping);
  const counts: Record<string, number> = {};
  const cases: Record<string, number[]> = {};
  for (const path of typedCells(mapping.kind)) {
    counts[path] = 0;
    cases[path] = [];
  }
  const result: TallyResult = { kind: mapping.kind, year, counts, cases, uncounted: [], rowsSeen: 0, rowsCounted: 0 };
  for (const row of dataRows(sheet, layout, mapping)) {
    result.rowsSeen++;
    const v = verdict(row, columns, mapping, year);
    if ("reason" in v) {
      result.uncounted.push({ rowNumber: row.rowNumber, reason: v.reason });
      continue;
    }
    result.rowsCounted++;
    for (const path of v.cells) {
      counts[path] = (counts[path] ?? 0) + 1;
      (cases[path] ??= []).push(row.rowNumber);
    }
  }
  return result;
}
