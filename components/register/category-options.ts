// The categories a register value can be mapped to, with the format's own labels (templates/ via the format
// object, never retyped): 表三's applicant columns and outcome rows (paths under 三, 「withheld.stateSecret」),
// 表四's groups and results. Keys are the contract's CategoryKey (lib/register/types.ts).
import type { AxisNode, ReportFormat, TableDef } from "@/lib/format/types";
import type { ValueField } from "@/lib/register/types";

export type CategoryOption = { key: string; label: string };

const grid = (t: TableDef) => {
  if (t.type !== "grid") throw new Error(`${t.name} is not a grid`);
  return t;
};
const find = (nodes: readonly AxisNode[], key: string) => nodes.find((n) => n.key === key);
const own = (n: AxisNode) => n.name ?? n.label;

/** 表三's six applicant columns: 自然人, 商业企业 … 法人或其他组织·其他 (the 总计 column is not a category). */
function applicantOptions(format: ReportFormat): CategoryOption[] {
  const applicants = find(grid(format.tables.requests).columns, "applicants")?.children ?? [];
  return applicants
    .flatMap((n) => n.children ?? [n])
    .filter((n) => !n.total)
    .map((n) => ({ key: n.key, label: n.key === "otherOrg" ? own(n) : n.label }));
}

/** The 21 outcome rows under 三: 「（一）予以公开」 … 「（三）不予公开 1.属于国家秘密」 (not （七）总计). */
function outcomeOptions(format: ReportFormat): CategoryOption[] {
  const outcome = find(grid(format.tables.requests).rows, "outcome")?.children ?? [];
  return outcome
    .filter((n) => !n.total)
    .flatMap((part) =>
      part.children
        ? part.children.map((c) => ({ key: `${part.key}.${c.key}`, label: `${own(part)} ${c.label}` }))
        : [{ key: part.key, label: own(part) }],
    );
}

/** 表四's three groups: 行政复议, 未经复议直接起诉, 复议后起诉. */
function caseTypeOptions(format: ReportFormat): CategoryOption[] {
  const cols = grid(format.tables.appeals).columns;
  return cols.flatMap((n) => (n.namespace ? [n] : (n.children ?? []))).map((n) => ({ key: n.key, label: n.label }));
}

/** 表四's results: 结果维持, 结果纠正, 其他结果, 尚未审结 (the group's 总计 is not a result). */
function resultOptions(format: ReportFormat): CategoryOption[] {
  const first = grid(format.tables.appeals).columns[0]?.children ?? [];
  return first.filter((n) => !n.total).map((n) => ({ key: n.key, label: n.label }));
}

export function categoryOptions(format: ReportFormat, field: ValueField): CategoryOption[] {
  if (field === "applicantType") return applicantOptions(format);
  if (field === "outcome") return outcomeOptions(format);
  if (field === "caseType") return caseTypeOptions(format);
  return resultOptions(format);
}
