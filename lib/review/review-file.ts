// 审核台: one file → one row of 审核结果. The importer reads it (importFile), the one rule engine checks it
// (checkImported → evaluate); nothing here decides what is wrong. Never throws: a file that cannot be read
// is a row with status 无法读取 and the reason in Chinese. Names that enter here — the file's path, the
// unit in the report — pass the one text hygiene (cleanLine): what the desk compares, shows and exports is
// what the reviewer sees, and a U+202E or a zero-width space cannot make one unit look like another.
import { checkImported } from "../import/build/check-imported";
import { importFile, type PdfReader } from "../import/build/import-file";
import type { Issue } from "../rules/types";
import { cleanLine } from "../text/hygiene";
import { keyFigures, NO_FIGURES } from "./key-figures";
import type { ReviewEntry, ReviewFile, ReviewStatus } from "./types";

export type { PdfReader };

/** 无法读取 > 旧格式 > 有错误 > 通过 (issue #14). */
export function statusOf(format: ReviewEntry["format"], issues: Issue[]): ReviewStatus {
  if (format === "gov-2019") return "obsolete";
  return issues.some((i) => i.severity === "error") ? "errors" : "pass";
}

/** A row before anything is known: no unit, no year, no figures, no issues. */
function blankEntry(file: ReviewFile): ReviewEntry {
  return {
    id: cleanLine(file.id ?? file.name),
    fileName: cleanLine(file.name),
    size: file.bytes.length,
    status: "pass",
    unit: "",
    unitKind: "",
    year: null,
    format: null,
    errors: 0,
    warnings: 0,
    figures: { ...NO_FIGURES },
    issues: [],
  };
}

export function unreadableEntry(file: ReviewFile, error: string): ReviewEntry {
  return { ...blankEntry(file), status: "unreadable", error };
}

/** The counts and status of an entry after its issues changed (cross-year re-evaluation). */
export function withIssues(entry: ReviewEntry, issues: Issue[]): ReviewEntry {
  const errors = issues.filter((i) => i.severity === "error").length;
  return { ...entry, issues, errors, warnings: issues.length - errors, status: entry.status === "unreadable" ? "unreadable" : statusOf(entry.format, issues) };
}

export async function reviewFile(file: ReviewFile, readPdf: PdfReader): Promise<ReviewEntry> {
  try {
    if (file.error) return unreadableEntry(file, file.error);
    const result = await importFile(file.name, file.bytes, readPdf);
    if (!result.ok) return unreadableEntry(file, result.error);
    const { detected, findings } = result;
    const unit = cleanLine(result.report.unit.name);
    const report = unit === result.report.unit.name ? result.report : { ...result.report, unit: { ...result.report.unit, name: unit } };
    const issues = checkImported({ ...result, report });
    const base: ReviewEntry = {
      ...blankEntry(file),
      unit,
      unitKind: report.unit.kind,
      year: Number.isInteger(report.year) ? report.year : null,
      format: detected.format,
      figures: keyFigures(report),
      report,
      findings,
    };
    return withIssues(base, issues);
  } catch (e) {
    return unreadableEntry(file, `读取时出错：${e instanceof Error ? e.message : String(e)}`);
  }
}
