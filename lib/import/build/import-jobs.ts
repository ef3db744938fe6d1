// Everything an import does, as one call per door, so it can run off the page's thread (import.worker.ts):
// /check reads and checks a file or a paste; the start page makes a draft from a file (a data file as it was
// saved, any other report through the importers) or a next year's draft from last year's report.
import { parseReportJson } from "../../report/parse-report-json";
import type { Report } from "../../report/types";
import type { Issue } from "../../rules/types";
import { checkImported } from "./check-imported";
import { decodeText } from "../readers/decode-text";
import { importFile, type PdfReader } from "./import-file";
import { importReport, type ImportResult } from "./import-report";
import { startFromLastYear } from "./start-from-last-year";

export type Checked = { result: ImportResult; issues: Issue[] };
export type DraftRead = { ok: true; report: Report } | { ok: false; error: string };

export function importJobs(readPdf: PdfReader) {
  const checked = (result: ImportResult): Checked => ({ result, issues: checkImported(result) });
  const draft = (result: ImportResult, next = false): DraftRead =>
    result.ok ? { ok: true, report: next ? startFromLastYear(result.report) : result.report } : { ok: false, error: result.error };
  return {
    /** /check: a report file → what was read and its issues. */
    checkFile: async (name: string, bytes: Uint8Array): Promise<Checked> => checked(await importFile(name, bytes, readPdf)),
    /** /check: a pasted report; the clipboard's web page when it reads, its plain text otherwise. */
    checkPaste: (html: string | null, text: string): Checked => {
      const fromPage = html ? importReport({ html }) : null;
      return checked(fromPage?.ok ? fromPage : importReport({ text }));
    },
    /** 导入报告数据文件: an exported data file (.json, any encoding) as it was saved, or any report file. */
    draftFromFile: async (name: string, bytes: Uint8Array): Promise<DraftRead> => {
      if (!/\.json$/i.test(name)) return draft(await importFile(name, bytes, readPdf));
      return parseReportJson(decodeText(bytes));
    },
    /** 以上年报告为基础新建: last year's report in any form → the next year's draft. */
    nextYearFromFile: async (name: string, bytes: Uint8Array): Promise<DraftRead> => draft(await importFile(name, bytes, readPdf), true),
  };
}

export type ImportJobs = ReturnType<typeof importJobs>;
