// The rule engine: evaluate(report) → Issue[], errors first. Pure; a few hundred additions per call.
import type { ReportFormat } from "../format/types";
import type { CellDef } from "../format/cell-path";
import { cellPath, lastYearPath } from "../format/cell-path";
import { getAt, getPath } from "../values/object-path";
import { cellNumber, parseCell, type Parsed } from "../values/parse";
import { compilePlan, type Plan } from "./compile-plan";
import { messages } from "./messages";
import { gov2021 } from "../../templates/gov-2021";
import type { Issue } from "./types";

/** The parts of a report the rules read; looser than Report so imports can be checked as they are. */
export type Checkable = {
  unit?: { kind?: string };
  tables?: unknown;
  lastYear?: { tables?: unknown };
};

type Values = (number | null)[];

function valueIssues(def: CellDef, p: Parsed): Issue | null {
  const at = [def.path];
  if (p.kind === "invalid") {
    const message = p.reason === "too-large" ? messages.tooLarge(def, p.text) : messages.unparseable(def, p.text);
    return { rule: "value.unparseable", severity: "error", cells: at, message };
  }
  if (p.kind !== "number") return null;
  if (p.value < 0) return { rule: "value.negative", severity: "error", cells: at, message: messages.negative(def, p.value) };
  if (def.kind === "count" && p.decimals > 0)
    return { rule: "value.not-integer", severity: "error", cells: at, message: messages.notInteger(def, p.value) };
  if (def.kind === "amount" && p.decimals > 4)
    return { rule: "value.too-many-decimals", severity: "error", cells: at, message: messages.tooManyDecimals(def, p.value) };
  return null;
}

function readCells(plan: Plan, report: Checkable, issues: Issue[]): Values {
  const values: Values = new Array(plan.cells.length);
  const blanks = new Map<string, string[]>();
  plan.cells.forEach((def, i) => {
    const p = parseCell(getAt(report, def.segments));
    values[i] = cellNumber(p);
    const bad = valueIssues(def, p);
    if (bad) issues.push(bad);
    if (p.kind === "blank") {
      const list = blanks.get(def.tableName) ?? [];
      list.push(def.path);
      blanks.set(def.tableName, list);
    }
  });
  // Blanks are warned once per table, not once per cell.
  for (const [tableName, cells] of blanks) {
    issues.push({ rule: "value.blank", severity: "warning", cells, message: messages.blank(tableName, cells.length) });
  }
  return values;
}

function add(values: Values, idx: number[]): number | null {
  let sum = 0;
  for (const i of idx) {
    const v = values[i];
    if (v === null || v === undefined) return null; // an unreadable cell is reported on its own
    sum += v;
  }
  return sum;
}

const differs = (a: number, b: number) => Math.abs(a - b) > 1e-9;

function arithmeticIssues(plan: Plan, values: Values, issues: Issue[]) {
  for (const b of plan.balances) {
    const l = add(values, b.left);
    const r = add(values, b.right);
    if (l === null || r === null || !differs(l, r)) continue;
    const cells = [...b.left, ...b.right].map((i) => plan.cells[i]!.path);
    issues.push({ rule: b.rule, severity: "error", cells, message: b.say(l, r) });
  }
  for (const s of plan.sums) {
    const t = values[s.total];
    const sum = add(values, s.addends);
    if (t === null || t === undefined || sum === null || !differs(t, sum)) continue;
    const cells = [s.total, ...s.addends].map((i) => plan.cells[i]!.path);
    issues.push({ rule: s.rule, severity: "error", cells, message: s.say(t, sum) });
  }
}

function num(plan: Plan, values: Values, path: string): number | null {
  const i = plan.index.get(path);
  return i === undefined ? null : (values[i] ?? null);
}

function proactiveIssues(format: ReportFormat, plan: Plan, values: Values, report: Checkable, issues: Issue[]) {
  const t = format.tables.proactive;
  const { inForceBound: b, rulesNotAllowed: rn, feeUnit: fu } = format.rules;
  const rowLabel = (row: string) =>
    (t.type === "stacked" && t.blocks.flatMap((x) => x.rows).find((r) => r.key === row)?.label) || row;
  for (const row of b.rows) {
    const [ip, rp, fp] = [b.issued, b.repealed, b.inForce].map((c) => cellPath(t, row, c)) as [string, string, string];
    const [issued, repealed, inForce] = [ip, rp, fp].map((p) => num(plan, values, p));
    if (issued == null || repealed == null || inForce == null || inForce >= issued - repealed) continue;
    issues.push({ rule: b.rule, severity: "warning", cells: [fp, ip, rp], message: messages.inForceBound(rowLabel(row), inForce, issued, repealed) });
  }
  const kind = format.unitKinds.find((k) => k.key === report.unit?.kind);
  if (!kind) return;
  const rulesRow = plan.cells.filter((d) => d.table === "proactive" && d.rowId === rn.row);
  const filled = rulesRow.filter((d) => (num(plan, values, d.path) ?? 0) > 0);
  if (!kind.canMakeRules && filled.length > 0) {
    const what = filled.map((d) => `${d.colName} ${num(plan, values, d.path)}`).join("，");
    issues.push({ rule: rn.rule, severity: "warning", cells: filled.map((d) => d.path), message: messages.rulesNotAllowed(kind.label, what) });
  }
  const feePath = cellPath(t, fu.row, fu.column);
  const fee = num(plan, values, feePath);
  if (fee !== null && fee > kind.feeWarnAbove) {
    issues.push({ rule: fu.rule, severity: "warning", cells: [feePath], message: messages.feeUnit(fee, kind.feeWarnAbove) });
  }
}

function crossYearIssues(format: ReportFormat, plan: Plan, values: Values, report: Checkable, issues: Issue[]) {
  if (!report.lastYear?.tables) return;
  const c = format.rules.carryOver;
  for (const def of plan.cells.filter((d) => d.table === "requests" && d.rowId === c.thisYear)) {
    const prevPath = cellPath(format.tables.requests, c.lastYear, def.colId);
    const prev = parseCell(getPath(report, lastYearPath(prevPath)));
    if (prev.kind !== "number") continue; // last year not given for this column
    const now = num(plan, values, def.path);
    if (now === null || !differs(now, prev.value)) continue;
    issues.push({
      rule: c.rule,
      severity: "warning",
      cells: [def.path, lastYearPath(prevPath)],
      message: messages.carryOver(`${def.colName}列`, now, prev.value),
    });
  }
}

export function evaluate(report: Checkable, format: ReportFormat = gov2021): Issue[] {
  const plan = compilePlan(format);
  const issues: Issue[] = [];
  const values = readCells(plan, report, issues);
  arithmeticIssues(plan, values, issues);
  proactiveIssues(format, plan, values, report, issues);
  crossYearIssues(format, plan, values, report, issues);
  const rank = (i: Issue) => (i.severity === "error" ? 0 : 1);
  return issues.sort((a, b) => rank(a) - rank(b)); // stable: table order within each severity
}
