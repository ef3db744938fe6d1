// TEMPORARY stand-in for review-lib's functions (same signatures), until that branch lands; the worker and
// the page import the county desk's core only through this file.
import { unzipSync } from "fflate";
import { importFile, type PdfReader } from "@/lib/import/import-file";
import { checkImported } from "@/lib/import/check-imported";
import type { BatchReview, ReviewEntry, ReviewFile, RollUp } from "@/lib/review/types";

export async function reviewFile(file: ReviewFile, readPdf: PdfReader): Promise<ReviewEntry> {
  const base = { id: file.name, fileName: file.name, size: file.bytes.length, unit: "", unitKind: "", year: null, format: null, errors: 0, warnings: 0, issues: [] };
  const figures = { received: null, outcomeTotal: null, carriedForward: null, reconsiderationTotal: null, litigationTotal: null };
  try {
    const r = await importFile(file.name, file.bytes, readPdf);
    if (!r.ok) return { ...base, figures, status: "unreadable", error: r.error };
    const issues = checkImported(r);
    const errors = issues.filter((i) => i.severity === "error").length;
    const format = r.detected.format;
    return {
      ...base,
      figures,
      unit: r.report.unit.name,
      unitKind: r.report.unit.kind,
      year: r.report.year,
      format,
      issues,
      errors,
      warnings: issues.length - errors,
      report: r.report,
      status: format === "gov-2019" ? "obsolete" : errors ? "errors" : "pass",
    };
  } catch (e) {
    return { ...base, figures, status: "unreadable", error: String(e) };
  }
}

export function expandZips(files: ReviewFile[]): ReviewFile[] {
  return files.flatMap((f) => {
    if (!/\.zip$/i.test(f.name)) return [f];
    try {
      return Object.entries(unzipSync(f.bytes)).flatMap(([n, bytes]) => (n.endsWith("/") ? [] : [{ name: `${f.name}/${n}`, bytes }]));
    } catch {
      return [f];
    }
  });
}

export async function parseRoster(input: string | ReviewFile): Promise<string[]> {
  const text = typeof input === "string" ? input : new TextDecoder().decode(input.bytes);
  return text.split(/\r?\n/).map((l) => l.split(/[,\t]/)[0]!.trim()).filter(Boolean);
}

export function reviewBatch(entries: ReviewEntry[], options: { lastYear?: ReviewEntry[]; roster?: string[]; year?: number }): BatchReview {
  const years = entries.map((e) => e.year).filter((y): y is number => y !== null);
  const year = options.year ?? years[0] ?? null;
  const rollUp: RollUp = { year, tables: { proactive: {}, requests: {}, appeals: {} }, included: [], excluded: [], issues: [] };
  const roster = options.roster
    ? (() => {
        const matches = options.roster.map((name) => ({ name, entryIds: entries.filter((e) => e.unit.includes(name) || name.includes(e.unit)).map((e) => e.id) }));
        return {
          matches,
          missing: matches.filter((m) => m.entryIds.length === 0).map((m) => m.name),
          duplicates: matches.filter((m) => m.entryIds.length > 1),
          notOnRoster: entries.filter((e) => !matches.some((m) => m.entryIds.includes(e.id))).map((e) => e.id),
          wrongYear: entries.filter((e) => year !== null && e.year !== null && e.year !== year).map((e) => e.id),
        };
      })()
    : undefined;
  return { year, entries, roster, rollUp };
}

export async function buildWorkbook(batch: BatchReview): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("审核结果");
  ws.addRow(["单位", "文件"]);
  for (const e of batch.entries) ws.addRow([e.unit, e.fileName]);
  for (const name of ["问题清单", "汇总", "未提交"]) wb.addWorksheet(name);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export async function renderRollUpDocx(rollUp: RollUp, countyName?: string): Promise<Uint8Array> {
  void rollUp;
  void countyName;
  throw new Error("汇总表尚未实现");
}
