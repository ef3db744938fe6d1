// Check an existing report: the rule engine's issues plus the importer's structural findings,
// errors first.
import { tablePath } from "../format/cell-path";
import { evaluate } from "../rules/evaluate";
import { messages } from "../rules/messages";
import type { Issue } from "../rules/types";
import { gov2021 } from "../../templates/gov-2021";
import type { ImportResult } from "./import-report";

/** Blanks the importer could not read are reported once, as unread or as the missing table. */
function withoutUnread(issues: Issue[], findings: Issue[]): Issue[] {
  const tables = findings.filter((f) => f.rule === "structure.missing-table").flatMap((f) => f.cells);
  const unread = new Set(findings.filter((f) => f.rule === "import.unread").flatMap((f) => f.cells));
  if (!tables.length && !unread.size) return issues;
  return issues.flatMap((i) => {
    if (i.rule !== "value.blank") return [i];
    const cells = i.cells.filter((c) => !unread.has(c) && !tables.some((t) => c.startsWith(`${t}.`)));
    if (cells.length === i.cells.length) return [i];
    if (!cells.length) return [];
    const table = Object.values(gov2021.tables).find((t) => cells[0]!.startsWith(`${tablePath(t.key)}.`));
    return [{ ...i, cells, message: messages.blank(table?.name ?? "", cells.length) }];
  });
}

export function checkImported(result: ImportResult): Issue[] {
  if (!result.ok) return [];
  const all = [...result.findings, ...withoutUnread(evaluate(result.report), result.findings)];
  const rank = (i: Issue) => (i.severity === "error" ? 0 : 1);
  return all.sort((a, b) => rank(a) - rank(b));
}
