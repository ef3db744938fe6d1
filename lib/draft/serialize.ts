// Saved drafts: a small envelope around the exchange format. Reading goes through validateReport (injected),
// so an older schemaVersion is migrated (lib/report/migrate.ts); nothing is ever discarded here.
import type { ParseResult } from "../report/parse-report-json";
import type { Report } from "../report/types";

/** validateReport from lib/report (passed in, so the browser can load zod only when it reads a draft). */
export type Validate = (data: unknown) => ParseResult;

export const DRAFT_VERSION = 1;

/** name: what the clerk called the draft in the list (「重命名」); none = named after the report. */
export type Draft = { id: string; savedAt: string; report: Report; name?: string };
export type DraftSummary = {
  id: string;
  unitName: string;
  year: number | null;
  savedAt: string;
  name?: string;
  /** Nothing written yet: 新建报告 opens this one instead of making another empty draft. */
  blank?: boolean;
  error?: string;
};
export type ReadDraft = { ok: true; draft: Draft } | { ok: false; error: string; savedAt: string };

export function serializeDraft(draft: Draft): string {
  const name = draft.name?.trim() ? { name: draft.name.trim() } : {};
  return JSON.stringify({ draftVersion: DRAFT_VERSION, id: draft.id, savedAt: draft.savedAt, ...name, report: draft.report });
}

export function deserializeDraft(id: string, text: string, validate: Validate): ReadDraft {
  let env: { savedAt?: unknown; report?: unknown; name?: unknown };
  try {
    env = JSON.parse(text) as typeof env;
  } catch {
    return { ok: false, error: "草稿数据已损坏，无法读取", savedAt: "" };
  }
  const savedAt = typeof env?.savedAt === "string" ? env.savedAt : "";
  const result = validate(env?.report);
  if (!result.ok) return { ok: false, error: result.error, savedAt };
  const name = typeof env.name === "string" && env.name.trim() ? { name: env.name } : {};
  return { ok: true, draft: { id, savedAt, report: result.report, ...name } };
}

function envelope(text: string | null): Record<string, unknown> | null {
  if (text === null) return null;
  try {
    const env = JSON.parse(text) as unknown;
    return env && typeof env === "object" ? (env as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The clerk's name for a stored draft (read from the envelope alone: autosave keeps it without validating). */
export function draftName(text: string | null): string | undefined {
  const name = envelope(text)?.name;
  return typeof name === "string" && name.trim() ? name : undefined;
}

export function summarize(id: string, read: ReadDraft): DraftSummary {
  if (!read.ok) return { id, unitName: "（无法读取的草稿）", year: null, savedAt: read.savedAt, error: read.error };
  const { report, savedAt, name } = read.draft;
  return { id, unitName: report.unit.name || "（未填写机关名称）", year: report.year, savedAt, ...(name ? { name } : {}), blank: isBlankReport(report) };
}

const blankDeep = (v: unknown): boolean =>
  v === null || v === undefined || v === "" || (typeof v === "object" && Object.values(v as object).every(blankDeep));

/** Nothing written: no name, date, contact, preamble, prose, fee answer, table value or last year's data. */
export function isBlankReport(report: Report): boolean {
  const { unit, publishedOn, contact, preamble, prose, infoFee, tables, lastYear } = report;
  return !unit.name.trim() && !publishedOn && !preamble?.trim() && infoFee.status === "unknown" && blankDeep(infoFee.amountYuan) && [contact, prose, tables, lastYear].every(blankDeep);
}

/** 「城关镇人民政府2024年政府信息公开工作年度报告」 */
export function reportTitle(report: Pick<Report, "unit" | "year">): string {
  return `${report.unit.name || "（机关名称）"}${report.year}年政府信息公开工作年度报告`;
}

export function exportFileName(report: Pick<Report, "unit" | "year">, ext: string): string {
  return `${reportTitle(report).replace(/[\\/:*?"<>|]/g, "")}.${ext}`;
}
