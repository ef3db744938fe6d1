// Turns the format data into a flat list of checks once, so evaluate() only does arithmetic.
import type { GridTable, ReportFormat } from "../format/types";
import { cellDefs, cellPath, lastYearPath, type CellDef } from "../format/cell-path";
import { leaves } from "../format/walk";
import { messages } from "./messages";

export type SumCheck = {
  rule: string;
  total: number; // index into cells
  addends: number[];
  /** Builds the message from the two sides. */
  say: (total: number, sum: number) => string;
  /** 「表三」 and 「（七）总计 = （一）至（六）各项之和」: what is checked, for a check that cannot be made. */
  table: string;
  relation: string;
};

export type BalanceCheck = { rule: string; left: number[]; right: number[]; say: (l: number, r: number) => string; table: string; relation: string };

/** 表二 (一)项 rows: indexes of 本年制发 / 本年废止 / 现行有效. */
export type BoundCheck = { issued: number; repealed: number; inForce: number };

/** 表三 二、上年结转 of one column, and where last year's 四、结转下年度继续办理 is stored. */
export type CarryCheck = { thisYear: number; lastYearSegments: string[]; colName: string };

/** Cells grouped by the object that holds them, so each row object is looked up once. */
export type CellGroup = { parent: string[]; keys: string[]; indexes: number[] };

export type Plan = {
  cells: CellDef[];
  groups: CellGroup[];
  index: Map<string, number>;
  sums: SumCheck[];
  balances: BalanceCheck[];
  bounds: BoundCheck[];
  rulesRow: number[];
  /** Label of the row to use instead of 规章. */
  insteadRow: string;
  fee: number;
  carries: CarryCheck[];
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
        table: table.name,
        relation: `${r.node.short ?? r.node.label} = ${t.addendsLabel}`,
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
        table: table.name,
        relation: `${c.node.label} = ${t.addendsLabel}`,
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
    table: table.name,
    relation: `${side(b.left)} = ${side(b.right)}`,
  }));
}

function proactiveChecks(format: ReportFormat, index: Map<string, number>) {
  const t = format.tables.proactive;
  const { inForceBound: b, rulesNotAllowed: rn, feeUnit: fu } = format.rules;
  const at = (row: string, col: string) => index.get(cellPath(t, row, col))!;
  const label = (row: string) => (t.type === "stacked" && t.blocks.flatMap((x) => x.rows).find((r) => r.key === row)?.label) || row;
  const bounds = b.rows.map((row) => ({
    issued: at(row, b.issued),
    repealed: at(row, b.repealed),
    inForce: at(row, b.inForce),
  }));
  const rulesRow = cellDefs(format).flatMap((d, i) => (d.table === "proactive" && d.rowId === rn.row ? [i] : []));
  return { bounds, rulesRow, insteadRow: label(rn.insteadRow), fee: at(fu.row, fu.column) };
}

function carryChecks(format: ReportFormat, index: Map<string, number>): CarryCheck[] {
  const c = format.rules.carryOver;
  const t = format.tables.requests;
  return cellDefs(format).flatMap((d) =>
    d.table === "requests" && d.rowId === c.thisYear
      ? [{ thisYear: index.get(d.path)!, lastYearSegments: lastYearPath(cellPath(t, c.lastYear, d.colId)).split("."), colName: d.colName }]
      : [],
  );
}

function groupCells(cells: CellDef[]): CellGroup[] {
  const groups = new Map<string, CellGroup>();
  cells.forEach((c, i) => {
    const parent = c.segments.slice(0, -1);
    const key = parent.join(".");
    const g = groups.get(key) ?? { parent, keys: [], indexes: [] };
    g.keys.push(c.segments[c.segments.length - 1]!);
    g.indexes.push(i);
    groups.set(key, g);
  });
  return [...groups.values()];
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
  const plan: Plan = {
    cells,
    groups: groupCells(cells),
    index,
    sums,
    balances: balanceChecks(format, index),
    ...proactiveChecks(format, index),
    carries: carryChecks(format, index),
  };
  cache.set(format, plan);
  return plan;
}
