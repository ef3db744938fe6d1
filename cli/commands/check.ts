// nianbao check <report> [--json]: exit 0 without errors, 1 with errors, 2 for unreadable input.
import { checkImported } from "../../lib/import/build/check-imported";
import type { Issue } from "../../lib/rules/types";
import { EXIT, type Out } from "../io";
import { loadReport } from "../load-report";

function human(file: string, issues: Issue[], notes: string[]): string {
  const errors = issues.filter((i) => i.severity === "error");
  const warnings = issues.filter((i) => i.severity === "warning");
  const lines = [`检查 ${file}`];
  for (const n of notes) lines.push(`  说明：${n}`);
  if (issues.length === 0) lines.push("  未发现问题。");
  for (const i of errors) lines.push(`  错误  ${i.message}`);
  for (const i of warnings) lines.push(`  提示  ${i.message}`);
  lines.push(`共 ${errors.length} 个错误，${warnings.length} 个提示。`);
  return lines.join("\n");
}

export async function checkCommand(args: string[], out: Out): Promise<number> {
  const json = args.includes("--json");
  const files = args.filter((a) => !a.startsWith("--"));
  if (files.length !== 1) {
    out.err("用法：nianbao check <报告文件> [--json]");
    return EXIT.unreadable;
  }
  const file = files[0]!;
  const { notes, imported } = await loadReport(file);
  // The one engine, with what the importer found about the document (missing sections/tables, 2019 format).
  const issues = checkImported(imported);
  if (json) out.log(JSON.stringify(issues.map(({ rule, severity, cells, message }) => ({ rule, severity, cells, message })), null, 2));
  else out.log(human(file, issues, notes));
  return issues.some((i) => i.severity === "error") ? EXIT.errors : EXIT.ok;
}
