// Turns the format data into a flat list of checks once, so evaluate() only does arithmetic.
import type { GridTable, ReportFormat } from "../format/types";
import { cellDefs, cellPath, type CellDef } from "../format/cell-path";
import { leaves } from "../format/walk";
import { messages } from "./messages";

export type SumCheck = {
  rule: string;
  total: number; // index into cells
  addends: number[];
  /** Builds the message from the two sides. */
  say: (total: number, sum: number) => string;
};

export type BalanceCheck = { rule: string; left: number[]; right: number[]; say: (l: number, r: number) => string };

export type Plan = {
  cells: CellDef[];
  index: Map<string, number>;
  sums: SumCheck[];
  balances: BalanceCheck[];
};

function labelOf(table: GridTable, rowId: string): string {
  const leaf = leaves(table.rows).find((l) => l.id === rowId);
  return leaf?.node.short ?? leaf?.node.label ?? rowId;
}

function sumChecks(table: GridTable, index: Map<string, number>): SumCheck[] {
  const at = (r: string, c: string) => index.get(cellPath(table, r, c))!;
  const rows = leaves(table.rows);
  const cols = leaves(table.columns);
  const colScope = (c: (typeof cols)[number]) => `${c.node.name ?? c.node.label}列`;
  const sums: SumCheck[] = [];
  for (const r of rows.filter((x) => x.node.total)) {
    const t = r.node.total!;
    for (const c of cols) {
      sums.push({
        rule: t.rule,
        total: at(r.id, c.id),
        addends: t.of.map((k) => at(k, c.id)),
        say: (tv, sv) => messages.sum(table.name, colScope(c), r.node.short ?? r.node.label, tv, t.addendsLabel, sv),
      });
    }
  }
  for (const c of cols.filter((x) => x.node.total)) {
    const t = c.node.total!;
    const group = c.ancestors.filter((a) => a.namespace || a.children).map((a) => a.label);
    for (const r of rows) {
      const scope = table.rowLabels ? `${r.node.name ?? r.node.label}行` : group.join("·");
      sums.push({
        rule: t.rule,
        total: at(r.id, c.id),
        addends: t.of.map((k) => at(r.id, k)),
        say: (tv, sv) => messages.sum(table.name, scope, c.node.label, tv, t.addendsLabel, sv),
      });
    }
  }
  return sums;
}

function balanceChecks(format: ReportFormat, index: Map<string, number>): BalanceCheck[] {
  const b = format.rules.balance;
  const table = format.tables[b.table] as GridTable;
  const side = (keys: string[]) => keys.map((k) => labelOf(table, k)).join("+");
  return leaves(table.columns).map((c) => ({
    rule: b.rule,
    left: b.left.map((r) => index.get(cellPath(table, r, c.id))!),
    right: b.right.map((r) => index.get(cellPath(table, r, c.id))!),
    say: (l, r) => messages.balance(table.name, `${c.node.name ?? c.node.label}列`, side(b.left), l, side(b.right), r),
  }));
}

const cache = new WeakMap<ReportFormat, Plan>();

export function compilePlan(format: ReportFormat): Plan {
  const hit = cache.get(format);
  if (hit) return hit;
  const cells = cellDefs(format);
  const index = new Map(cells.map((c, i) => [c.path, i]));
  const sums: SumCheck[] = [];
  for (const t of Object.values(format.tables)) {
    if (t.type === "grid") sums.push(...sumChecks(t, index));
  }
  const plan: Plan = { cells, index, sums, balances: balanceChecks(format, index) };
  cache.set(format, plan);
  return plan;
}
