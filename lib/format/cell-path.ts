// The ONLY place a field path is built. Paths are words joined by dots, never numeric segments
// (react-hook-form would turn a numeric segment into an array): 「tables.requests.granted.natural」.
import type { AxisNode, CellKind, ReportFormat, TableDef, TableKey, TotalDef } from "./types";
import { leaves, type Leaf } from "./walk";

export type CellDef = {
  /** Report-relative path, also the form field name and the JSON location. */
  path: string;
  segments: string[];
  table: TableKey;
  tableName: string;
  rowId: string;
  colId: string;
  kind: CellKind;
  /** Short location for messages: 「（三）不予公开 1.属于国家秘密」. */
  rowName: string;
  colName: string;
  /** Full label chain for screen readers. */
  ariaLabel: string;
  /** Set when this cell is a total (derived in the wizard, checked in imports). */
  rowTotal?: TotalDef;
  colTotal?: TotalDef;
};

export function tablePath(table: TableKey): string {
  return `tables.${table}`;
}

export function cellPath(table: TableDef, rowId: string, colId: string): string {
  // 表四 has a single unlabelled row: its cells are named by column only.
  const row = table.type === "grid" && !table.rowLabels ? [] : [rowId];
  return [tablePath(table.key), ...row, colId].join(".");
}

/** Path of a prose field: 「prose.overview.parts.oversight」 or 「prose.problems.text」. */
export function prosePath(section: string, part?: string): string {
  return part ? `prose.${section}.parts.${part}` : `prose.${section}.text`;
}

export function lastYearPath(path: string): string {
  return `lastYear.${path}`;
}

function nameOf(leaf: Leaf): string {
  const parent = leaf.ancestors[leaf.ancestors.length - 1];
  const own = leaf.node.name ?? leaf.node.label;
  // 「1.属于国家秘密」 and 表四's 「结果维持」 need their group to be told apart.
  if (!parent || !(parent.namespace || /^\d/.test(own))) return own;
  return `${parent.name ?? parent.label}${parent.namespace ? "·" : " "}${own}`;
}

function chain(leaf: Leaf, skipSingleRoot: boolean, roots: readonly AxisNode[]): string[] {
  const anc = skipSingleRoot && roots.length === 1 ? leaf.ancestors.slice(1) : leaf.ancestors;
  return [...anc.map((a) => a.label), leaf.node.label].filter(Boolean);
}

function gridCells(table: Extract<TableDef, { type: "grid" }>): CellDef[] {
  const cols = leaves(table.columns);
  return leaves(table.rows).flatMap((row) =>
    cols.map((col) => {
      const path = cellPath(table, row.id, col.id);
      const rowChain = table.rowLabels ? chain(row, false, table.rows) : [];
      return {
        path,
        segments: path.split("."),
        table: table.key,
        tableName: table.name,
        rowId: row.id,
        colId: col.id,
        kind: table.kind,
        rowName: table.rowLabels ? nameOf(row) : "",
        colName: nameOf(col),
        ariaLabel: [table.name, ...rowChain, ...chain(col, true, table.columns)].join(" "),
        rowTotal: row.node.total,
        colTotal: col.node.total,
      };
    }),
  );
}

function stackedCells(table: Extract<TableDef, { type: "stacked" }>): CellDef[] {
  return table.blocks.flatMap((block) =>
    block.rows.flatMap((row: AxisNode) =>
      block.columns.map((col: AxisNode) => {
        const path = cellPath(table, row.key, col.key);
        return {
          path,
          segments: path.split("."),
          table: table.key,
          tableName: table.name,
          rowId: row.key,
          colId: col.key,
          kind: block.kind,
          rowName: row.name ?? row.label,
          colName: col.name ?? col.label,
          ariaLabel: [table.name, block.caption, row.label, col.label].join(" "),
        };
      }),
    ),
  );
}

export function tableCells(table: TableDef): CellDef[] {
  return table.type === "grid" ? gridCells(table) : stackedCells(table);
}

const cache = new WeakMap<ReportFormat, CellDef[]>();

/** Every numeric cell of the format, in table order (二, 三, 四), rows then columns. */
export function cellDefs(format: ReportFormat): CellDef[] {
  let defs = cache.get(format);
  if (!defs) {
    defs = (["proactive", "requests", "appeals"] as const).flatMap((k) => tableCells(format.tables[k]));
    cache.set(format, defs);
  }
  return defs;
}

/** 「表三·（一）予以公开·自然人」: where a cell is, in words a clerk recognises. */
export function cellName(def: CellDef): string {
  return [def.tableName, def.rowName, def.colName].filter(Boolean).join("·");
}
