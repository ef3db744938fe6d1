// Check an imported report: the one rule engine, given what the importer found about the document.
import { evaluate } from "../../rules/evaluate";
import type { Issue } from "../../rules/types";
import type { ImportResult } from "./import-report";

export function checkImported(result: ImportResult): Issue[] {
  return result.ok ? evaluate(result.report, { document: { findings: result.findings } }) : [];
}
