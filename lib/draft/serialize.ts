// Saved drafts: a small envelope around the exchange format. Reading goes through validateReport (injected),
// so an older schemaVersion is migrated (lib/report/migrate.ts); nothing is ever discarded here.
import type { ParseResult } from "../report/parse-report-json";
import type { Report } from "../report/types";

/** validateReport from lib/report (passed in, so the browser can load zod only when it reads a draft). */
export type Validate = (data: unknown) => ParseResult;

export const DRAFT_VERSION = 2;

/**
 * `revision` counts the saves of this draft (a write must name the revision it was based on, so one tab
 * never overwrites what another saved since it last read); `writer` is the tab that made it; `name` is
 * the clerk's own name for the draft in the list (optional).
 */
export type Draft = { id: string; savedAt: string; report: Report; revision?: number; writer?: string; name?: string };
export type DraftSummary = {
  id: string;
  unitName: string;
  year: number | null;
  savedAt: string;
  /** What the clerk called the draft in the list (「重命名」); none = named after the report. */
  name?: string;
  /** Nothing written yet: 新建报告 opens this one instead of making another empty draft. */
  blank?: boolean;
  error?: string;
};
/** A draft that does not read keeps its stored text (`raw`), for 导出原始数据 and 以可读内容新建草稿 (recovery). */
export type ReadDraft = { ok: true; draft: Draft } | { ok: false; error: string; savedAt: string; raw: string; name?: string };

export function serializeDraft(draft: Draft): string {
  const { id, savedAt, report, revision = 0, writer = "", name } = draft;
  return JSON.stringify({ draftVersion: DRAFT_VERSION, id, savedAt, revision, writer, ...(name ? { name } : {}), report });
}

/** The revision a stored text carries (0 for drafts saved before revisions, or unreadable ones). */
export function revisionOf(text: string | null): number {
  if (text === null) return 0;
  try {
    const r = (JSON.parse(text) as { revision?: unknown }).revision;
    return typeof r === "number" && Number.isInteger(r) && r >= 0 ? r : 0;
  } catch {
    return 0;
  }
}

export function deserializeDraft(id: string, text: string, validate: Validate): ReadDraft {
  let env: { savedAt?: unknown; report?: unknown; revision?: unknown; writer?: unknown; name?: unknown };
  try {
    env = JSON.parse(text) as typeof env;
  } catch {
    return { ok: false, error: "草稿数据已损坏，无法读取", savedAt: "", raw: text };
  }
  const savedAt = typeof env?.savedAt === "string" ? env.savedAt : "";
  const name = typeof env?.name === "string" && env.name.trim() ? env.name.slice(0, 100) : undefined;
  const result = validate(env?.report);
  if (!result.ok) return { ok: false, error: result.error, savedAt, raw: text, ...(name ? { name } : {}) };
  const revision = revisionOf(text);
  const writer = typeof env.writer === "string" ? env.writer : "";
  return { ok: true, draft: { id, savedAt, report: result.report, revision, writer, ...(name ? { name } : {}) } };
}

/** The report part of a stored draft text, however it fails to validate (null when it is not JSON at all). */
export function rawReport(text: string): unknown {
  try {
    return (JSON.parse(text) as { report?: unknown } | null)?.report ?? null;
  } catch {
    return null;
  }
}

export function summarize(id: string, read: ReadDraft): DraftSummary {
  if (!read.ok) return { id, unitName: "（无法读取的草稿）", year: null, savedAt: read.savedAt, error: read.error, ...(read.name ? { name: read.name } : {}) };
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
