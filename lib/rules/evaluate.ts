// The one rule engine: evaluate(report) → every issue of every family, errors first, then in the order of
// the document. Every door calls it — the wizard, 检查与预览, /check, the CLI, the API and the render gate —
// so the same data gives the same issues everywhere. The catalogue of ids is catalogue.ts.
import type { ReportFormat } from "../format/types";
import { cellDefs } from "../format/cell-path";
import { documentOrder } from "../format/section-of-path";
import { gov2021 } from "../../templates/gov-2021";
import type { Checkable } from "./checkable";
import { contentIssues } from "./content-rules";
import { feeIssues } from "./fee-rules";
import { messages } from "./messages";
import { registerIssues } from "./register-rules";
import { unreadTest, withDocumentFacts, type DocumentFacts } from "./structure-rules";
import { tableIssues } from "./table-rules";
import { textIssues } from "./text-rules";
import type { Issue } from "./types";

export type { Checkable } from "./checkable";
export type { DocumentFacts } from "./structure-rules";

export type EvaluateOptions = { format?: ReportFormat; document?: DocumentFacts };

function tableNameOf(format: ReportFormat, path: string): string {
  return cellDefs(format).find((d) => d.path === path)?.tableName ?? "";
}

/** The same issue found twice (one message, one rule) is listed once. */
function unique(issues: Issue[]): Issue[] {
  const seen = new Set<string>();
  return issues.filter((i) => {
    const key = `${i.rule}\u0000${i.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}

export function evaluate(report: Checkable, options: EvaluateOptions = {}): Issue[] {
  const format = options.format ?? gov2021;
  const own = [...contentIssues(report, format), ...tableIssues(report, format, unreadTest(options.document)), ...registerIssues(report, format), ...feeIssues(report, format), ...textIssues(report, format)];
  const all = unique(withDocumentFacts(own, options.document, (cells) => messages.blank(tableNameOf(format, cells[0]!), cells.length)));
  const rank = (i: Issue) => (i.severity === "error" ? 0 : 1000) + (i.cells[0] ? documentOrder(format, i.cells[0]) : 0);
  return all.map((issue, n) => ({ issue, n, r: rank(issue) })).sort((a, b) => a.r - b.r || a.n - b.n).map((x) => x.issue);
}
