// Everything the wizard reports about a draft: the rule engine plus the wizard's own checks; errors first.
// Totals are computed in the wizard, so value problems are reported on the typed cells only.
import type { ReportFormat } from "../format/types";
import type { Report } from "../report/types";
import { evaluate } from "../rules/evaluate";
import { messages } from "../rules/messages";
import type { Issue } from "../rules/types";
import { totalCells } from "../grid/totals";
import { cellDefs } from "../format/cell-path";
import { formIssues } from "./form-issues";

function withoutTotals(issues: Issue[], format: ReportFormat): Issue[] {
  const totals = new Set(totalCells(format).map((t) => t.path));
  const tableOf = new Map(cellDefs(format).map((d) => [d.path, d.tableName]));
  return issues.flatMap((i) => {
    if (!i.rule.startsWith("value.")) return [i];
    const cells = i.cells.filter((c) => !totals.has(c));
    if (cells.length === 0) return [];
    if (i.rule !== "value.blank" || cells.length === i.cells.length) return [i];
    return [{ ...i, cells, message: messages.blank(tableOf.get(cells[0]!) ?? "", cells.length) }];
  });
}

export function checkReport(report: Report, format: ReportFormat): Issue[] {
  const all = [...formIssues(report, format), ...withoutTotals(evaluate(report, format), format)];
  const rank = (i: Issue) => (i.severity === "error" ? 0 : 1);
  return all.sort((a, b) => rank(a) - rank(b));
}
