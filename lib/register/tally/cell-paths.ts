// Category keys → the report's cell paths, through lib/format (the one place a path is built).
import { cellPath } from "../../format/cell-path";
import { appealsTable } from "../../../templates/gov-2021/table-appeals";
import { requestsTable } from "../../../templates/gov-2021/table-requests";
import { tableCells } from "../../format/cell-path";
import { categoryOf } from "../mapping/categories";
import type { CategoryKey, RegisterKind } from "../types";

const requestCells = new Map<string, string>();

/** 表三: the row a category (or 一/二) counts in × the applicant's column. */
export function requestCell(row: "received" | "carriedOver" | CategoryKey, applicant: CategoryKey): string {
  const key = `${row}|${applicant}`;
  let path = requestCells.get(key);
  if (!path) {
    const rowId = row === "received" || row === "carriedOver" ? row : categoryOf("outcome", row)!.cell;
    path = cellPath(requestsTable, rowId, categoryOf("applicantType", applicant)!.cell);
    requestCells.set(key, path);
  }
  return path;
}

/** 表四: group × result (its one row has no name). */
export function appealCell(group: CategoryKey, result: CategoryKey): string {
  return cellPath(appealsTable, "cases", `${group}.${result}`);
}

/** Every typed (non-total) cell of the table, so a count of 0 is a count too. */
export function typedCells(kind: RegisterKind): string[] {
  return tableCells(kind === "requests" ? requestsTable : appealsTable)
    .filter((d) => !d.rowTotal && !d.colTotal)
    .map((d) => d.path);
}
