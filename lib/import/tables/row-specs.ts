// The rows an importer looks for, derived from the format trees (never retyped): for each row its
// label, numbering and value columns in order. 表四 has no row label: its column labels find it.
import type { AxisNode, GridTable, ReportFormat, StackedTable, TableKey } from "../../format/types";
import { leaves } from "../../format/walk";
import { gov2019 } from "../../../templates/gov-2019";
import { normLabel, splitNumbering, type Numbered } from "../normalise";

export type RowSpec = {
  table: TableKey;
  /** 2021 row id (「granted」, 「withheld.stateSecret」 is just 「stateSecret」), or 「old:…」 for 2019 rows. */
  id: string;
  label: string;
  num: Numbered;
  /** Value column ids in reading order. */
  cols: string[];
  colLabels: string[];
  /** A row-group label (「（三）不予公开」): carries numbers only in old or non-standard templates. */
  group?: boolean;
  /** From the 2019 format (表二 only). */
  old?: boolean;
};

export type Specs = { rows: RowSpec[]; appeals: RowSpec; appealsHeads: Set<string> };

const spec = (table: TableKey, id: string, label: string, cols: AxisNode[], colIds?: string[], extra: Partial<RowSpec> = {}): RowSpec => ({
  table,
  id,
  label,
  num: splitNumbering(label),
  cols: colIds ?? cols.map((c) => c.key),
  colLabels: cols.map((c) => c.name ?? c.label),
  ...extra,
});

function proactiveRows(table: StackedTable): RowSpec[] {
  return table.blocks.flatMap((b) => b.rows.map((r) => spec("proactive", r.key, r.label, b.columns)));
}

function oldProactiveRows(): RowSpec[] {
  return gov2019.proactive.flatMap((b) => b.rows.map((r) => spec("proactive", `old:${r.key}`, r.label, b.columns, undefined, { old: true })));
}

function groupNodes(nodes: AxisNode[]): AxisNode[] {
  return nodes.flatMap((n) => (n.children ? [n, ...groupNodes(n.children)] : []));
}

function requestRows(table: GridTable): RowSpec[] {
  const cols = leaves(table.columns);
  const colNodes = cols.map((c) => c.node);
  const ids = cols.map((c) => c.id);
  const leafRows = leaves(table.rows).map((r) => spec("requests", r.id, r.node.label, colNodes, ids));
  const groups = groupNodes(table.rows).map((g) => spec("requests", g.key, g.label, colNodes, ids, { group: true }));
  return [...leafRows, ...groups];
}

function appealsSpec(table: GridTable): Specs["appeals"] {
  const cols = leaves(table.columns);
  return spec("appeals", "cases", "", cols.map((c) => c.node), cols.map((c) => c.id));
}

function headLabels(nodes: AxisNode[]): string[] {
  return nodes.flatMap((n) => [n.label, ...(n.children ? headLabels(n.children) : [])]);
}

const cache = new Map<string, Specs>();

export function rowSpecs(format: ReportFormat, old: boolean): Specs {
  const key = `${format.id}:${old}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const appeals = format.tables.appeals as GridTable;
  const requests = format.tables.requests as GridTable;
  const shared = new Set(headLabels(requests.columns).map(normLabel));
  const specs: Specs = {
    rows: [
      ...(old ? oldProactiveRows() : proactiveRows(format.tables.proactive as StackedTable)),
      ...requestRows(requests),
    ],
    appeals: appealsSpec(appeals),
    // 「总计」 also heads 表三's last column, so labels shared with 表三 cannot identify 表四.
    appealsHeads: new Set(headLabels(appeals.columns).map(normLabel).filter((l) => !shared.has(l))),
  };
  cache.set(key, specs);
  return specs;
}
