// The categories a register value can be counted under — read from the format (templates/gov-2021), never retyped:
// 表三's applicant columns and outcome rows (plus 「四、结转下年度继续办理」 as "pending"), 表四's groups and results.
// Keys follow types.ts: outcome keys are paths under 三 (「withheld.stateSecret」); the cell row is the leaf's key.
import type { AxisNode } from "../../format/types";
import { leaves } from "../../format/walk";
import { appealsTable } from "../../../templates/gov-2021/table-appeals";
import { requestsTable } from "../../../templates/gov-2021/table-requests";
import type { CategoryKey, ValueField } from "../types";
import { stripNumbering } from "./normalize";

export type Category = {
  key: CategoryKey;
  /** The official label without numbering, with its group: 「不予公开·属于国家秘密」. What drop-downs show. */
  label: string;
  /** The leaf's own label and its group's, numbering stripped: what a value is compared with. */
  own: string;
  group?: string;
  /** Row id (表三) or column leaf id (表四) in the cell path. */
  cell: string;
};

function label(node: AxisNode): string {
  return stripNumbering(node.name ?? node.label);
}

const requestRows = requestsTable.rows;
const outcomeRoot = requestRows.find((r) => r.key === "outcome")!;
const carriedForward = requestRows.find((r) => r.key === "carriedForward")!;

function outcomeCategories(): Category[] {
  const out: Category[] = [];
  for (const part of outcomeRoot.children ?? []) {
    if (part.total) continue;
    if (!part.children) out.push({ key: part.key, label: label(part), own: label(part), cell: part.key });
    for (const leaf of part.children ?? []) {
      out.push({ key: `${part.key}.${leaf.key}`, label: `${label(part)}·${label(leaf)}`, own: label(leaf), group: label(part), cell: leaf.key });
    }
  }
  out.push({ key: "pending", label: stripNumbering(carriedForward.label), own: stripNumbering(carriedForward.label), cell: carriedForward.key });
  return out;
}

function applicantCategories(): Category[] {
  return leaves(requestsTable.columns)
    .filter((l) => !l.node.total)
    .map((l) => ({ key: l.node.key, label: l.node.name ?? l.node.label, own: l.node.label, cell: l.id }));
}

const appealGroups = leaves(appealsTable.columns).filter((l) => !l.node.total);

function caseTypeCategories(): Category[] {
  const groups = new Map<string, AxisNode>();
  for (const l of appealGroups) {
    const g = l.ancestors.filter((a) => a.namespace).pop();
    if (g) groups.set(g.key, g);
  }
  return [...groups.values()].map((g) => ({ key: g.key, label: g.label, own: g.label, cell: g.key }));
}

function resultCategories(): Category[] {
  const seen = new Map<string, Category>();
  for (const l of appealGroups) seen.set(l.node.key, { key: l.node.key, label: l.node.label, own: l.node.label, cell: l.node.key });
  return [...seen.values()];
}

export const CATEGORIES: Record<ValueField, Category[]> = {
  applicantType: applicantCategories(),
  outcome: outcomeCategories(),
  caseType: caseTypeCategories(),
  result: resultCategories(),
};

/** For the wizard's drop-downs and the template's lists: key and label, in the format's order. */
export function categoryOptions(field: ValueField): { key: CategoryKey; label: string }[] {
  return CATEGORIES[field].map(({ key, label }) => ({ key, label }));
}

export function categoryOf(field: ValueField, key: CategoryKey): Category | undefined {
  return CATEGORIES[field].find((c) => c.key === key);
}
