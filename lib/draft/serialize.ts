// Saved drafts: a small envelope around the exchange format. Reading goes through validateReport (injected),
// so an older schemaVersion is migrated (lib/report/migrate.ts); nothing is ever discarded here.
import type { ParseResult } from "../report/parse-report-json";
import type { Report } from "../report/types";

/** validateReport from lib/report (passed in, so the browser can load zod only when it reads a draft). */
export type Validate = (data: unknown) => ParseResult;

export const DRAFT_VERSION = 2;

/**
 * `revision` counts the saves of this draft (a write must name the revision it was based on, so one tab
 * never overwrites what another saved since it last read); `writer` is the tab that made it; `label` is
 * the clerk's own name for the draft in the list (optional).
 */
export type Draft = { id: string; savedAt: string; report: Report; revision?: number; writer?: string; label?: string };
export type DraftSummary = { id: string; unitName: string; year: number | null; savedAt: string; label?: string; error?: string };
export type ReadDraft = { ok: true; draft: Draft } | { ok: false; error: string; savedAt: string };

export function serializeDraft(draft: Draft): string {
  const { id, savedAt, report, revision = 0, writer = "", label } = draft;
  return JSON.stringify({ draftVersion: DRAFT_VERSION, id, savedAt, revision, writer, ...(label ? { label } : {}), report });
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
  let env: { savedAt?: unknown; report?: unknown; revision?: unknown; writer?: unknown; label?: unknown };
  try {
    env = JSON.parse(text) as typeof env;
  } catch {
    return { ok: false, error: "草稿数据已损坏，无法读取", savedAt: "" };
  }
  const savedAt = typeof env?.savedAt === "string" ? env.savedAt : "";
  const result = validate(env?.report);
  if (!result.ok) return { ok: false, error: result.error, savedAt };
  const revision = revisionOf(text);
  const writer = typeof env.writer === "string" ? env.writer : "";
  const label = typeof env.label === "string" && env.label.trim() ? env.label.slice(0, 100) : undefined;
  return { ok: true, draft: { id, savedAt, report: result.report, revision, writer, ...(label ? { label } : {}) } };
}

export function summarize(id: string, read: ReadDraft): DraftSummary {
  if (!read.ok) return { id, unitName: "（无法读取的草稿）", year: null, savedAt: read.savedAt, error: read.error };
  const { report, savedAt, label } = read.draft;
  return { id, unitName: report.unit.name || "（未填写机关名称）", year: report.year, savedAt, ...(label ? { label } : {}) };
}

/** 「城关镇人民政府2024年政府信息公开工作年度报告」 */
export function reportTitle(report: Pick<Report, "unit" | "year">): string {
  return `${report.unit.name || "（机关名称）"}${report.year}年政府信息公开工作年度报告`;
}

export function exportFileName(report: Pick<Report, "unit" | "year">, ext: string): string {
  return `${reportTitle(report).replace(/[\\/:*?"<>|]/g, "")}.${ext}`;
}
