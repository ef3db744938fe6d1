// Assembled rows → the report's cells, plus what could not be read (never a silent guess).
import type { AxisNode, GridTable, ReportFormat, StackedTable, TableKey } from "../../format/types";
import { cellPath, tablePath } from "../../format/cell-path";
import { leaves } from "../../format/walk";
import type { CellValue, Report } from "../../report/types";
import type { Issue } from "../../rules/types";
import { setPath } from "../../values/object-path";
import { parseCell } from "../../values/parse";
import { gov2019 } from "../../../templates/gov-2019";
import type { RowCells } from "./assemble";
import { importMessages as m } from "../messages";
import type { RowSpec } from "./row-specs";
import { isNearMiss } from "./match-label";
import { columnsHold, rowHolds } from "./digit-rows";
import { digitReadings, runTogether } from "./split-digits";
import { documentIssue } from "../../rules/structure-rules";

export type Filled = { report: Report; unread: string[]; notes: string[]; findings: Issue[]; missingTables: TableKey[]; subtotalColumn?: boolean };

function cellValue(raw: string): CellValue {
  const p = parseCell(raw);
  if (p.kind === "blank") return null;
  if (p.kind === "number") return p.value;
  return raw.trim().slice(0, 200); // kept as typed; the rules report it as unreadable
}

/** A 表三 row whose digits ran together and whose own total allows several splits: decided by the columns. */
type Pending = { rowId: string; spec: RowSpec; where: string; glued: string; candidates: string[][] };

type Ctx = { format: ReportFormat; found: Map<string, RowCells>; out: Filled; old: boolean; pending: Pending[] };

/** What could not be read, in words (unread) and as cells (an import.unread finding for the UI). */
function unreadCells(ctx: Ctx, message: string, cells: string[]) {
  ctx.out.unread.push(message);
  if (cells.length) ctx.out.findings.push(documentIssue("import.unread", cells, message));
}

function rowPaths(ctx: Ctx, table: TableKey, rowId: string): string[] {
  const def = ctx.format.tables[table];
  if (def.type === "grid") return leaves(def.columns).map((c) => cellPath(def, rowId, c.id));
  const block = def.blocks.find((b) => b.rows.some((r) => r.key === rowId));
  return (block?.columns ?? []).map((c) => cellPath(def, rowId, c.key));
}

function setRow(ctx: Ctx, table: TableKey, rowId: string, spec: RowSpec, cells: string[], where: string) {
  const def = ctx.format.tables[table];
  const missing: string[] = [];
  spec.cols.forEach((col, i) => {
    const raw = cells[i];
    if (raw !== undefined) ctx.out.report = setPath(ctx.out.report, cellPath(def, rowId, col), cellValue(raw));
    else missing.push(cellPath(def, rowId, col));
  });
  if (missing.length) unreadCells(ctx, m.rowShort(where, cells.length, spec.cols.length), missing);
}

const num = (raw: string | undefined) => {
  const p = parseCell(raw ?? "");
  return p.kind === "number" ? p.value : p.kind === "blank" ? 0 : NaN;
};

/**
 * Some third-party templates add a 「法人或其他组织」 subtotal column to 表三 (format-2021.md §4.1):
 * one value too many, equal to the five organisation columns. Returns the row without it.
 */
function dropSubtotalColumn(ctx: Ctx, cells: string[], width: number): string[] | null {
  if (ctx.format.tables.requests.type !== "grid" || cells.length !== width + 1) return null;
  const orgs = ctx.format.tables.requests.columns[0]?.children?.find((c) => c.children)?.children?.length ?? 0;
  const sum = (from: number) => cells.slice(from, from + orgs).reduce((a, c) => a + num(c), 0);
  for (const at of [1, 1 + orgs]) {
    const rest = at === 1 ? sum(2) : sum(1);
    if (num(cells[at]) === rest) return [...cells.slice(0, at), ...cells.slice(at + 1)];
  }
  return null;
}

function rowFrom(ctx: Ctx, table: TableKey, rowId: string, label: string, width: number): boolean {
  const hit = ctx.found.get(`${table}:${rowId}`);
  const where = `${ctx.format.tables[table].name}·${label}`;
  if (!hit) {
    unreadCells(ctx, m.rowMissing(where, width), rowPaths(ctx, table, rowId));
    return false;
  }
  if (hit.label && isNearMiss(hit.spec, hit.label)) ctx.out.notes.push(m.nearLabel(where, hit.label));
  if (runTogether(hit.cells, width)) return digitRow(ctx, table, rowId, hit, where, width);
  const without = table === "requests" ? dropSubtotalColumn(ctx, hit.cells, width) : null;
  if (without) ctx.out.subtotalColumn = true;
  else if (hit.read > width) ctx.out.unread.push(m.rowLong(where, hit.read, width));
  setRow(ctx, table, rowId, hit.spec, (without ?? hit.cells).slice(0, width), where);
  return true;
}

/** Digits run together: split when the sums make it unique (split-digits.ts), else the row is unread with why. */
function digitRow(ctx: Ctx, table: TableKey, rowId: string, hit: RowCells, where: string, width: number): boolean {
  const glued = hit.cells.join(" ");
  const candidates = digitReadings(hit.cells, width, rowHolds(ctx.format, table, hit.spec));
  if (candidates.length === 1) splitRow(ctx, table, rowId, hit.spec, where, glued, candidates[0]!);
  else if (candidates.length > 1 && table === "requests") ctx.pending.push({ rowId, spec: hit.spec, where, glued, candidates });
  else unreadCells(ctx, m.digitsUnsplit(where, glued, candidates.length, width), rowPaths(ctx, table, rowId));
  return true;
}

function splitRow(ctx: Ctx, table: TableKey, rowId: string, spec: RowSpec, where: string, glued: string, cells: string[]) {
  setRow(ctx, table, rowId, spec, cells, where);
  ctx.out.notes.push(m.digitsSplit(where, glued, cells.join(" ")));
}

/** The pending rows of 表三, once every other row is read: the column checks may leave one split. */
function resolvePending(ctx: Ctx) {
  const missing = leaves((ctx.format.tables.requests as GridTable).rows).filter((r) => !ctx.found.has(`requests:${r.id}`)).map((r) => r.id);
  for (const p of ctx.pending) {
    const unknown = new Set([...missing, ...ctx.pending.filter((o) => o !== p).map((o) => o.rowId)]);
    const fit = p.candidates.filter((c) => columnsHold(ctx.format, ctx.out.report, p.rowId, p.spec.cols, c, unknown));
    if (fit.length === 1) splitRow(ctx, "requests", p.rowId, p.spec, p.where, p.glued, fit[0]!);
    else unreadCells(ctx, m.digitsUnsplit(p.where, p.glued, fit.length, p.spec.cols.length), rowPaths(ctx, "requests", p.rowId));
  }
}

function missingTable(ctx: Ctx, table: TableKey, cells: number) {
  const def = ctx.format.tables[table];
  const section = ctx.format.sections.find((s) => s.table === table)!;
  ctx.out.missingTables.push(table);
  ctx.out.unread.push(m.tableMissing(def.name, cells));
  ctx.out.findings.push(documentIssue("structure.missing-table", [tablePath(table)], m.missingTable(def.name, section.heading)));
}

function fillProactive(ctx: Ctx) {
  const table = ctx.format.tables.proactive as StackedTable;
  const rows = table.blocks.flatMap((b) => b.rows.map((r) => ({ r, width: b.columns.length })));
  if (!rows.some(({ r }) => ctx.found.has(`proactive:${r.key}`)))
    return missingTable(ctx, "proactive", rows.reduce((n, x) => n + x.width, 0));
  for (const { r, width } of rows) rowFrom(ctx, "proactive", r.key, r.label, width);
}

function fillOldProactive(ctx: Ctx) {
  const mapped: string[] = [];
  const dropped: string[] = [];
  const table = ctx.format.tables.proactive as StackedTable;
  for (const block of gov2019.proactive) {
    for (const row of block.rows) {
      const hit = ctx.found.get(`proactive:old:${row.key}`);
      if (!hit) continue;
      block.columns.forEach((col, i) => {
        const raw = hit.cells[i] ?? "";
        const to = gov2019.proactiveMap[`${row.key}.${col.key}`];
        const shown = `${row.label}·${col.label} ${raw.trim() || "（空）"}`;
        if (!to) return void dropped.push(shown);
        ctx.out.report = setPath(ctx.out.report, cellPath(table, to.row, to.col), cellValue(raw));
        mapped.push(shown);
      });
    }
  }
  const total = table.blocks.reduce((n, b) => n + b.rows.length * b.columns.length, 0);
  if (mapped.length + dropped.length === 0) return missingTable(ctx, "proactive", total);
  if (mapped.length) ctx.out.notes.push(m.oldProactiveMapped(mapped.join("、")));
  if (dropped.length) ctx.out.notes.push(m.oldProactiveDropped(dropped.join("、")));
  const targets = new Set(Object.values(gov2019.proactiveMap).map((t) => cellPath(table, t.row, t.col)));
  const blank = table.blocks.flatMap((b) => b.rows.flatMap((r) => rowPaths(ctx, "proactive", r.key))).filter((p) => !targets.has(p));
  unreadCells(ctx, m.oldProactiveBlank(blank.length), blank);
}

/** A 2021 report with a one-row （六）: a warning over the whole group, never the 2019 verdict. */
function singleRowOther(ctx: Ctx, group: AxisNode, to: string) {
  const cells = (group.children ?? []).flatMap((c) => rowPaths(ctx, "requests", c.key));
  ctx.out.findings.push(documentIssue("import.single-row-other", cells, m.singleRowOther(group.label, to)));
}

function fillRequests(ctx: Ctx) {
  const table = ctx.format.tables.requests as GridTable;
  const width = leaves(table.columns).length;
  const rows = leaves(table.rows);
  const anyRow = rows.some((r) => ctx.found.has(`requests:${r.id}`));
  const single = ctx.found.get(`requests:${gov2019.requestsSingleRow.group}`);
  if (!anyRow && !single) return missingTable(ctx, "requests", rows.length * width);
  for (const r of rows) {
    const group = r.ancestors[r.ancestors.length - 1];
    // 2019 format: （六）其他处理 was one row; its numbers go to （六）3.其他 (format-2021.md §7.2).
    if (single && group?.key === gov2019.requestsSingleRow.group) {
      const siblings = group.children!.map((c) => ctx.found.get(`requests:${c.key}`)).filter(Boolean);
      if (siblings.length === 0) {
        if (r.id === gov2019.requestsSingleRow.to) {
          setRow(ctx, "requests", r.id, single.spec, single.cells.slice(0, width), `${table.name}·${group.label}`);
          if (ctx.old) ctx.out.notes.push(m.oldSingleRow(group.label, r.node.label));
          else singleRowOther(ctx, group, r.node.label);
        } else if (ctx.old) unreadCells(ctx, m.oldRowAbsent(`${table.name}·${group.label} ${r.node.label}`, width), rowPaths(ctx, "requests", r.id));
        continue;
      }
    }
    const own = r.node.name ?? r.node.label;
    rowFrom(ctx, "requests", r.id, /^\d/.test(own) && group ? `${group.label} ${own}` : own, width);
  }
  if (ctx.out.subtotalColumn) ctx.out.notes.push(m.subtotalColumnIgnored(table.name, table.columns[0]?.children?.find((c) => c.children)?.label ?? ""));
  for (const [key, hit] of ctx.found) {
    const mappedSingle = hit === single && !rows.some((r) => r.ancestors.some((a) => a.key === hit.spec.id) && ctx.found.has(`requests:${r.id}`));
    if (key.startsWith("requests:") && hit.spec.group && !mappedSingle) ctx.out.notes.push(m.subtotalIgnored(`${table.name}·${hit.spec.label}`));
  }
}

function fillAppeals(ctx: Ctx) {
  const table = ctx.format.tables.appeals as GridTable;
  const width = leaves(table.columns).length;
  const hit = ctx.found.get("appeals:cases");
  if (!hit || hit.cells.every((c) => !c.trim())) return missingTable(ctx, "appeals", width);
  if (hit.read > width) ctx.out.unread.push(m.rowLong(table.name, hit.read, width));
  setRow(ctx, "appeals", "cases", hit.spec, hit.cells.slice(0, width), table.name);
}

export function fillTables(format: ReportFormat, report: Report, found: Map<string, RowCells>, old: boolean): Filled {
  const ctx: Ctx = { format, found, old, pending: [], out: { report, unread: [], notes: [], findings: [], missingTables: [] } };
  if (old) fillOldProactive(ctx);
  else fillProactive(ctx);
  fillRequests(ctx);
  resolvePending(ctx);
  fillAppeals(ctx);
  return ctx.out;
}
