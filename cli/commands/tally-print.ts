// How `nianbao tally` prints: 表三 (or 表四) as a text table laid out like the format (row and column names
// from templates/), the rows not counted with their reasons, and the columns and values still to confirm.
import { cellDefs, type CellDef } from "../../lib/format/cell-path";
import { totalCells } from "../../lib/grid/totals";
import { categoryOptions, roleLabels, type RegisterProposal, type TallyResult, type ValueField } from "../../lib/register";
import { gov2021 } from "../../templates/gov-2021";

/** Columns on a terminal: a CJK character takes two. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
  return w;
}
const padEnd = (s: string, n: number) => s + " ".repeat(Math.max(0, n - width(s)));
const padStart = (s: string, n: number) => " ".repeat(Math.max(0, n - width(s))) + s;

/** A row name cut to fit a terminal: 「（六）其他处理 1.申请人无正当理由逾期不补正…」. */
function fit(s: string, max = 44): string {
  if (width(s) <= max) return s;
  let out = "";
  for (const ch of s) {
    if (width(out + ch) > max - 1) break;
    out += ch;
  }
  return out + "…";
}

/** Every cell of the table with the register's counts and the totals they make. */
export function tableValues(kind: TallyResult["kind"], counts: Record<string, number>): Map<string, number> {
  const values = new Map(Object.entries(counts));
  for (const t of totalCells(gov2021)) {
    if (t.path.startsWith(`tables.${kind}.`)) values.set(t.path, t.addends.reduce((sum, p) => sum + (values.get(p) ?? 0), 0));
  }
  return values;
}

function grid(defs: CellDef[], values: Map<string, number>, rowOf: (d: CellDef) => string, colOf: (d: CellDef) => string): string[] {
  const rows = [...new Set(defs.map(rowOf))];
  const cols = [...new Set(defs.map(colOf))];
  const first = Math.max(...rows.map(width));
  const colWidth = cols.map((c) => Math.max(width(c), 4));
  const line = (label: string, cells: string[]) => padEnd(label, first) + cells.map((c, i) => "  " + padStart(c, colWidth[i]!)).join("");
  const out = [line("", cols)];
  for (const r of rows) out.push(line(r, cols.map((c) => String(values.get(defs.find((d) => rowOf(d) === r && colOf(d) === c)!.path) ?? 0))));
  return out;
}

export function printTable(t: TallyResult): string[] {
  const table = gov2021.tables[t.kind];
  const defs = cellDefs(gov2021).filter((d) => d.table === t.kind);
  const values = tableValues(t.kind, t.counts);
  const head = `${table.name} ${t.year} 年度（台账 ${t.rowsSeen} 行，计入 ${t.rowsCounted} 行）`;
  // 表四 has one unnamed row: print its groups as rows and the results as columns.
  const body = t.kind === "requests" ? grid(defs, values, (d) => fit(d.rowName), (d) => d.colName.split("·").pop()!) : grid(defs, values, (d) => d.colName.split("·")[0]!, (d) => d.colName.split("·").pop()!);
  return [head, ...body.map((l) => "  " + l)];
}

export function printUncounted(t: TallyResult): string[] {
  if (!t.uncounted.length) return ["台账中的每一行都已计入。"];
  return [`未能计入的行（${t.uncounted.length} 行，请在台账中改正或在向导中确认后重新计数）：`, ...t.uncounted.map((u) => `  ${u.reason}`)];
}

function categoryLabel(field: ValueField, key: string | null): string {
  return key === null ? "（未确定）" : (categoryOptions(field).find((o) => o.key === key)?.label ?? key);
}

export function printUnsure(p: RegisterProposal): string[] {
  const lines: string[] = [];
  for (const c of p.columns) if (!c.sure && c.header) lines.push(`  列「${c.header}」→ ${roleLabels[c.role]}`);
  for (const [field, choices] of Object.entries(p.values) as [ValueField, RegisterProposal["values"][ValueField]][]) {
    for (const v of choices ?? []) if (!v.sure) lines.push(`  ${roleLabels[field]}「${v.value}」（${v.count} 行）→ ${categoryLabel(field, v.category)}`);
  }
  if (!lines.length) return ["每一列、每个取值的归类都已确定。"];
  return [`需要确认的对应（${lines.length} 项；确认后写入对应文件，用 --mapping 再次计数）：`, ...lines];
}
