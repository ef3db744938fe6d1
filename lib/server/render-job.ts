// One render of POST /api/report/docx, wherever it runs (a pool worker, render-worker.ts, or in-process):
// the report's JSON text → the .docx bytes, or a 422 answer (unreadable data, or errors without 草稿).
import type { FontProfileName } from "../docx/font-profiles";
import { DocxRefused, docxFileName, renderDocxBuffer } from "../docx/pack";
import { parseReportJson } from "../report/parse-report-json";
import { refusedIssue, type RefusedIssue } from "../rules/refused-issue";

export type RenderJob = { text: string; draft: boolean; fonts: FontProfileName };
export type { RefusedIssue } from "../rules/refused-issue";
export type RenderAnswer = { status: 200; bytes: Uint8Array<ArrayBuffer>; fileName: string } | { status: 422; error: string; issues: RefusedIssue[] };

export async function renderJob({ text, draft, fonts }: RenderJob): Promise<RenderAnswer> {
  const parsed = parseReportJson(text);
  if (!parsed.ok) return { status: 422, error: parsed.error, issues: [] };
  try {
    const buffer = await renderDocxBuffer(parsed.report, { draft, fonts });
    return { status: 200, bytes: new Uint8Array(buffer), fileName: docxFileName(parsed.report, draft) };
  } catch (e) {
    if (!(e instanceof DocxRefused)) throw e;
    const issues = e.issues.map(refusedIssue);
    return { status: 422, error: e.message, issues };
  }
}
