// Everything the wizard reports about a draft: the rule engine plus the wizard's own checks; errors first.
import type { ReportFormat } from "../format/types";
import type { Report } from "../report/types";
import { evaluate } from "../rules/evaluate";
import type { Issue } from "../rules/types";
import { formIssues } from "./form-issues";

export function checkReport(report: Report, format: ReportFormat): Issue[] {
  const all = [...formIssues(report, format), ...evaluate(report, format)];
  const rank = (i: Issue) => (i.severity === "error" ? 0 : 1);
  return all.sort((a, b) => rank(a) - rank(b));
}
