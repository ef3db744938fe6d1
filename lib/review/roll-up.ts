// 汇总 (county roll-up): the included reports' 表二/表三/表四 summed cell by cell over the format's cells
// (cellDefs, built by walking the row/column trees); 件数 as integers, 万元 amounts as exact decimal text
// (decimal.ts). Left out, each with its reason: 旧格式 (2019), 无法读取, another year, and duplicates — of
// several reports of one unit the one with the fewest errors is kept (the first in the batch on a tie). The
// roll-up is checked by the same evaluate, table families only (value, table). A report whose tables have
// errors is summed as it is, and named with its count (tableErrors), so the 汇总 says whose figures its own
// imbalance comes from.
// The cells come from cellDefs (lib/format/cell-path: the format's row/column trees walked by lib/format/walk).
import type { CellDef } from "../format/cell-path";
import { compilePlan } from "../rules/compile-plan";
import { ruleCatalogue } from "../rules/catalogue";
import { evaluate } from "../rules/evaluate";
import type { Report, TableValues } from "../report/types";
import { getAt } from "../values/object-path";
import { cellNumber, parseCell } from "../values/parse";
import { gov2021 } from "../../templates/gov-2021";
import { fromScaled, toScaled } from "./decimal";
import type { ExclusionReason, ReviewEntry, RollUp, RosterResult } from "./types";
import { countyKey, countyOf } from "./unit-key";

export type RollUpOptions = { year: number | null; roster?: RosterResult };

const TABLE_FAMILIES = new Set(["value", "table"]);
let tableRuleIds: Set<string> | undefined;
const tableRules = () => (tableRuleIds ??= new Set(ruleCatalogue(gov2021).filter((r) => TABLE_FAMILIES.has(r.family)).map((r) => r.id)));

/** Errors in a report's tables: a value that is not a count or an amount, or a broken 勾稽关系. */
export function tableErrorCount(e: ReviewEntry): number {
  return e.issues.filter((i) => i.severity === "error" && tableRules().has(i.rule)).length;
}

function exclusionOf(e: ReviewEntry, year: number | null): ExclusionReason | null {
  if (e.status === "unreadable" || !e.report) return "unreadable";
  if (e.status === "obsolete") return "obsolete";
  if (year !== null && e.year !== year) return "wrong-year";
  return null;
}

/** Which unit an entry is: its roster line when matched, else its name's key (the county's prefix aside). */
function groupKeys(entries: ReviewEntry[], roster?: RosterResult): Map<string, string> {
  const keys = new Map<string, string>();
  roster?.matches.forEach((m, i) => m.entryIds.forEach((id) => keys.set(id, `roster:${i}`)));
  const county = countyOf([...(roster?.matches.map((m) => m.name) ?? []), ...entries.map((e) => e.unit).filter(Boolean)]);
  for (const e of entries) if (!keys.has(e.id)) keys.set(e.id, e.unit ? `name:${countyKey(e.unit, county)}` : `id:${e.id}`);
  return keys;
}

/** The entries kept and left out, in batch order. */
export function partition(entries: ReviewEntry[], { year, roster }: RollUpOptions): Pick<RollUp, "included" | "excluded"> {
  const keys = groupKeys(entries, roster);
  const best = new Map<string, ReviewEntry>();
  for (const e of entries) {
    if (exclusionOf(e, year)) continue;
    const k = keys.get(e.id)!;
    const kept = best.get(k);
    if (!kept || e.errors < kept.errors) best.set(k, e);
  }
  const included: RollUp["included"] = [];
  const excluded: RollUp["excluded"] = [];
  for (const e of entries) {
    const reason = exclusionOf(e, year) ?? (best.get(keys.get(e.id)!) === e ? null : "duplicate");
    if (reason) excluded.push({ entryId: e.id, unit: e.unit, reason });
    else included.push({ entryId: e.id, unit: e.unit, tableErrors: tableErrorCount(e) });
  }
  return { included, excluded };
}

function setIn(root: Record<string, unknown>, segments: string[], value: unknown) {
  let node = root;
  for (const s of segments.slice(0, -1)) node = (node[s] ??= {}) as Record<string, unknown>;
  node[segments[segments.length - 1]!] = value;
}

/**
 * Σ of each cell over the reports: counts as numbers, amounts as exact decimal text. Cells are visited by the
 * rule engine's groups (one parent object per row, compile-plan.ts): a thousand reports in a few milliseconds.
 */
export function sumTables(reports: Report[]): Report["tables"] {
  const plan = compilePlan(gov2021);
  const defs: CellDef[] = plan.cells;
  const counts = new Float64Array(defs.length);
  const amounts: bigint[] = defs.map(() => 0n);
  for (const r of reports) {
    for (const g of plan.groups) {
      const holder = getAt(r, g.parent) as Record<string, unknown> | undefined;
      if (!holder || typeof holder !== "object") continue;
      for (let k = 0; k < g.keys.length; k++) {
        const i = g.indexes[k]!;
        const raw = holder[g.keys[k]!];
        if (defs[i]!.kind === "amount") amounts[i]! += toScaled(raw) ?? 0n;
        else counts[i]! += typeof raw === "number" && Number.isFinite(raw) ? raw : (cellNumber(parseCell(raw)) ?? 0);
      }
    }
  }
  const tables: Record<string, unknown> = { proactive: {}, requests: {}, appeals: {} };
  defs.forEach((d, i) => setIn(tables, d.segments.slice(1), d.kind === "amount" ? fromScaled(amounts[i]!) : counts[i]!));
  return tables as { proactive: TableValues; requests: TableValues; appeals: TableValues };
}

/** The roll-up's own 勾稽关系 check: the one engine, its table families only. */
export function rollUpIssues(tables: Report["tables"], year: number | null) {
  return evaluate({ unit: { name: "", kind: "" }, year, tables }).filter((i) => tableRules().has(i.rule));
}

export function rollUp(entries: ReviewEntry[], options: RollUpOptions): RollUp {
  const { included, excluded } = partition(entries, options);
  const byId = new Map(entries.map((e) => [e.id, e]));
  const tables = sumTables(included.map((i) => byId.get(i.entryId)!.report!));
  return { year: options.year, tables, included, excluded, issues: rollUpIssues(tables, options.year) };
}
