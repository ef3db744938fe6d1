// Errors gate the final file: with an error (the one engine, evaluate(), severity "error") only a 草稿 may
// be rendered — in every door (browser, API, CLI). Warnings never block.
import type { Report } from "../report/types";
import { evaluate, type DocumentFacts } from "../rules/evaluate";
import type { Issue } from "../rules/types";

export type GateResult = { ok: true; warnings: Issue[] } | { ok: false; errors: Issue[] };

/** `document`: what an importer found when the report was read from a document (CLI render of a .docx). */
export type GateOptions = { draft?: boolean; document?: DocumentFacts };

export function gateReport(report: Report, options: GateOptions = {}): GateResult {
  const issues = evaluate(report, { document: options.document });
  const errors = issues.filter((i) => i.severity === "error");
  if (errors.length > 0 && !options.draft) return { ok: false, errors };
  return { ok: true, warnings: issues.filter((i) => i.severity === "warning") };
}

export function refusalMessage(errors: Issue[]): string {
  return `报告中有 ${errors.length} 个错误，不能生成正式文件。请改正后再生成，或先生成草稿。`;
}

/** Thrown when a final (non-draft) file is asked for while errors remain; carries the errors. */
export class DocxRefused extends Error {
  override readonly name = "DocxRefused";
  constructor(readonly issues: Issue[]) {
    super(refusalMessage(issues));
  }
}

/** Throws DocxRefused unless the report may be rendered with these options. */
export function assertRenderable(report: Report, options: GateOptions = {}): void {
  const gate = gateReport(report, options);
  if (!gate.ok) throw new DocxRefused(gate.errors);
}
