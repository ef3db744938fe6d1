// Rules of the tables (families value, table, domain, crossyear): types of every cell, 勾稽关系 and totals,
// domain sanity and the cross-year carry-over. Pure; a few hundred additions per call (the hot path of the
// wizard's balance line). The checks themselves are compiled once from the format (compile-plan.ts).
import type { ReportFormat } from "../format/types";
import type { CellDef } from "../format/cell-path";
import { getAt } from "../values/object-path";
import { cellNumber, parseCell, type Parsed } from "../values/parse";
import { compilePlan, type Plan } from "./compile-plan";
import { messages } from "./messages";
import type { Issue } from "./types";

import type { Checkable } from "./checkable";

type Values = (number | null)[];

function valueIssue(def: CellDef, p: Parsed): Issue | null {
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

/** Blank totals whose addends could not be read: blank as a consequence, not as typed (the wizard writes them). */
function derivedBlanks(plan: Plan, blank: Set<number>, invalid: Set<number>): Set<number> {
  const out = new Set(invalid);
  for (let changed = invalid.size > 0; changed; ) {
    changed = false;
    for (const s of plan.sums) {
      if (!blank.has(s.total) || out.has(s.total) || !s.addends.some((a) => out.has(a))) continue;
      out.add(s.total);
      changed = true;
    }
  }
  return out;
}

function readCells(plan: Plan, report: Checkable, issues: Issue[]): Values {
  const values: Values = new Array(plan.cells.length);
  const blankAt: number[] = [];
  const invalid = new Set<number>();
  for (const group of plan.groups) {
    const holder = getAt(report, group.parent) as Record<string, unknown> | undefined;
    for (let k = 0; k < group.keys.length; k++) {
      const i = group.indexes[k]!;
      const raw = holder && typeof holder === "object" ? holder[group.keys[k]!] : undefined;
      if (typeof raw === "number" && Number.isSafeInteger(raw) && raw >= 0) {
        values[i] = raw; // the common case: a stored count, nothing to read or report
        continue;
      }
      const def = plan.cells[i]!;
      const p = parseCell(raw);
      const bad = valueIssue(def, p);
      // An invalid entry (「-2」, 「5.5」 in a count) takes part in no sum: 「一+二 = -1」 would mislead.
      // It is reported on its own; the sums over it are not checked until it is corrected.
      values[i] = bad ? null : cellNumber(p);
      if (bad) issues.push(bad);
      if (bad) invalid.add(i); // the wizard leaves the totals over it blank
      if (p.kind === "blank") blankAt.push(i);
    }
  }
  if (blankAt.length === 0) return values;
  const derived = derivedBlanks(plan, new Set(blankAt), invalid);
  // A total left blank because an addend is invalid is unknown, not 0 (the wizard shows it as 「—」).
  for (const i of derived) if (!invalid.has(i)) values[i] = null;
  blankIssues(plan, blankAt, derived, issues);
  return values;
}

/** Blanks are warned once per table, not once per cell. */
function blankIssues(plan: Plan, blankAt: number[], derived: Set<number>, issues: Issue[]) {
  const blanks = new Map<string, string[]>();
  for (const i of blankAt) {
    if (derived.has(i)) continue;
    const def = plan.cells[i]!;
    const list = blanks.get(def.tableName);
    if (list) list.push(def.path);
    else blanks.set(def.tableName, [def.path]);
  }
  for (const [tableName, cells] of blanks) {
    issues.push({ rule: "value.blank", severity: "warning", cells, message: messages.blank(tableName, cells.length) });
  }
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
const pathsOf = (plan: Plan, idx: number[]) => idx.map((i) => plan.cells[i]!.path);
const defsOf = (plan: Plan, b: { inForce: number; issued: number; repealed: number }) => ({
  inForce: plan.cells[b.inForce]!,
  issued: plan.cells[b.issued]!,
  repealed: plan.cells[b.repealed]!,
});

/** Where a check has an operand nobody read: one note per relation, naming the rows (never 「相差」). */
type Unchecked = Map<string, { rule: string; table: string; relation: string; count: number; rows: Set<string>; cells: Set<string> }>;

function uncheckable(plan: Plan, unread: Set<number>, gaps: Unchecked, c: { rule: string; table: string; relation: string }, idx: number[]): boolean {
  const missing = idx.filter((i) => unread.has(i));
  if (missing.length === 0) return false;
  const key = `${c.rule}\u0000${c.relation}`;
  const gap = gaps.get(key) ?? { ...c, count: 0, rows: new Set<string>(), cells: new Set<string>() };
  gap.count++;
  for (const i of missing) {
    const d = plan.cells[i]!;
    gap.rows.add(d.rowName || d.colName);
    gap.cells.add(d.path);
  }
  gaps.set(key, gap);
  return true;
}

function arithmeticIssues(plan: Plan, values: Values, issues: Issue[], unread: Set<number>) {
  const gaps: Unchecked = new Map();
  for (const b of plan.balances) {
    if (uncheckable(plan, unread, gaps, b, [...b.left, ...b.right])) continue;
    const l = add(values, b.left);
    const r = add(values, b.right);
    if (l === null || r === null || !differs(l, r)) continue;
    issues.push({ rule: b.rule, severity: "error", cells: pathsOf(plan, [...b.left, ...b.right]), message: b.say(l, r) });
  }
  for (const s of plan.sums) {
    if (uncheckable(plan, unread, gaps, s, [s.total, ...s.addends])) continue;
    const t = values[s.total];
    const sum = add(values, s.addends);
    if (t === null || t === undefined || sum === null || !differs(t, sum)) continue;
    issues.push({ rule: s.rule, severity: "error", cells: pathsOf(plan, [s.total, ...s.addends]), message: s.say(t, sum) });
  }
  for (const g of gaps.values()) {
    issues.push({ rule: "import.unchecked", severity: "warning", cells: [...g.cells], message: messages.unchecked(g.table, g.relation, g.count, [...g.rows]) });
  }
}

function proactiveIssues(format: ReportFormat, plan: Plan, values: Values, report: Checkable, issues: Issue[]) {
  const { inForceBound, rulesNotAllowed, feeUnit } = format.rules;
  for (const b of plan.bounds) {
    const [issued, repealed, inForce] = [values[b.issued], values[b.repealed], values[b.inForce]];
    if (issued == null || repealed == null || inForce == null || inForce >= issued - repealed) continue;
    const cells = pathsOf(plan, [b.inForce, b.issued, b.repealed]);
    issues.push({ rule: inForceBound.rule, severity: "warning", cells, message: messages.inForceBound(defsOf(plan, b), inForce, issued, repealed) });
  }
  const kind = format.unitKinds.find((k) => k.key === report.unit?.kind);
  if (!kind) return;
  const filled = plan.rulesRow.filter((i) => (values[i] ?? 0) > 0);
  if (!kind.canMakeRules && filled.length > 0) {
    const what = filled.map((i) => `${plan.cells[i]!.colName} ${values[i]}`).join("，");
    issues.push({ rule: rulesNotAllowed.rule, severity: "warning", cells: pathsOf(plan, filled), message: messages.rulesNotAllowed(plan.cells[filled[0]!]!, kind.label, what, plan.insteadRow) });
  }
  const fee = values[plan.fee];
  if (fee != null && fee > kind.feeWarnAbove) {
    issues.push({ rule: feeUnit.rule, severity: "warning", cells: pathsOf(plan, [plan.fee]), message: messages.feeUnit(plan.cells[plan.fee]!, fee, kind.feeWarnAbove) });
  }
}

function crossYearIssues(format: ReportFormat, plan: Plan, values: Values, report: Checkable, issues: Issue[]) {
  if (!report.lastYear?.tables) return;
  for (const c of plan.carries) {
    const prev = parseCell(getAt(report, c.lastYearSegments));
    const now = values[c.thisYear];
    if (prev.kind === "invalid") {
      // Last year's figure is there but cannot be read: say so rather than skip the check in silence.
      const cells = [c.lastYearSegments.join("."), plan.cells[c.thisYear]!.path];
      issues.push({ rule: "crossyear.unreadable", severity: "warning", cells, message: messages.carryOverUnreadable(`${c.colName}列`, prev.text) });
      continue;
    }
    if (prev.kind !== "number" || now == null || !differs(now, prev.value)) continue; // not given, or equal
    issues.push({
      rule: format.rules.carryOver.rule,
      // T3-6 against last year's actual report is an error; against figures typed or guessed, a warning.
      severity: report.lastYear.source === "report" ? "error" : "warning",
      cells: [plan.cells[c.thisYear]!.path, c.lastYearSegments.join(".")],
      message: messages.carryOver(`${c.colName}列`, now, prev.value),
    });
  }
}

/** 表二 T2-2: 现行有效 this year = last year's 现行有效 + 制发 − 废止 (a warning: amendments make it inexact). */
function inForceContinuity(format: ReportFormat, plan: Plan, values: Values, report: Checkable, issues: Issue[]) {
  if (!report.lastYear?.tables) return;
  for (const b of plan.bounds) {
    const [issued, repealed, inForce] = [values[b.issued], values[b.repealed], values[b.inForce]];
    const prev = parseCell(getAt(report, ["lastYear", ...plan.cells[b.inForce]!.segments]));
    if (prev.kind !== "number" || issued == null || repealed == null || inForce == null) continue;
    if (!differs(inForce, prev.value + issued - repealed)) continue;
    const cells = [...pathsOf(plan, [b.inForce, b.issued, b.repealed]), `lastYear.${plan.cells[b.inForce]!.path}`];
    issues.push({ rule: format.rules.inForceContinuity.rule, severity: "warning", cells, message: messages.inForceContinuity(defsOf(plan, b), inForce, prev.value, issued, repealed) });
  }
}

/** The tables' issues in table order (evaluate() puts errors first). */
/** `unread`: cells an importer could not read (lib/import); the checks over them say so instead of 「相差」. */
export function tableIssues(report: Checkable, format: ReportFormat, unread: (path: string) => boolean = () => false): Issue[] {
  const plan = compilePlan(format);
  const issues: Issue[] = [];
  const values = readCells(plan, report, issues);
  const gaps = new Set(plan.cells.flatMap((d, i) => (unread(d.path) ? [i] : [])));
  arithmeticIssues(plan, values, issues, gaps);
  proactiveIssues(format, plan, values, report, issues);
  crossYearIssues(format, plan, values, report, issues);
  inForceContinuity(format, plan, values, report, issues);
  return issues;
}
