// Saved drafts: a small envelope around the exchange format. Reading goes through validateReport (injected),
// so an older schemaVersion is migrated (lib/report/migrate.ts); nothing is ever discarded here.
import type { ParseResult } from "../report/parse-report-json";
import type { Report } from "../report/types";

/** validateReport from lib/report (passed in, so the browser can load zod only when it reads a draft). */
export type Validate = (data: unknown) => ParseResult;

export const DRAFT_VERSION = 1;

export type Draft = { id: string; savedAt: string; report: Report };
export type DraftSummary = { id: string; unitName: string; year: number | null; savedAt: string; error?: string };
export type ReadDraft = { ok: true; draft: Draft } | { ok: false; error: string; savedAt: string };

export function serializeDraft(draft: Draft): string {
  return JSON.stringify({ draftVersion: DRAFT_VERSION, id: draft.id, savedAt: draft.savedAt, report: draft.report });
}

export function deserializeDraft(id: string, text: string, validate: Validate): ReadDraft {
  let env: { savedAt?: unknown; report?: unknown };
  try {
    env = JSON.parse(text) as typeof env;
  } catch {
    return { ok: false, error: "草稿数据已损坏，无法读取", savedAt: "" };
  }
  const savedAt = typeof env?.savedAt === "string" ? env.savedAt : "";
  const result = validate(env?.report);
  if (!result.ok) return { ok: false, error: result.error, savedAt };
  return { ok: true, draft: { id, savedAt, report: result.report } };
}

export function summarize(id: string, read: ReadDraft): DraftSummary {
  if (!read.ok) return { id, unitName: "（无法读取的草稿）", year: null, savedAt: read.savedAt, error: read.error };
  const { report, savedAt } = read.draft;
  return { id, unitName: report.unit.name || "（未填写机关名称）", year: report.year, savedAt };
}

/** 「城关镇人民政府2024年政府信息公开工作年度报告」 */
export function reportTitle(report: Pick<Report, "unit" | "year">): string {
  return `${report.unit.name || "（机关名称）"}${report.year}年政府信息公开工作年度报告`;
}

export function exportFileName(report: Pick<Report, "unit" | "year">, ext: string): string {
  return `${reportTitle(report).replace(/[\\/:*?"<>|]/g, "")}.${ext}`;
}
