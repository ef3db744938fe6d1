// What changed between two versions of a submitted report (issue #26): for the reviewer, who returned a report
// and gets it back. Cells: before → after; paragraphs: the changed characters marked (text-diff.ts); the basic
// fields: before → after. Every field is one the format names (field-paths.ts), in the wizard's order.
import type { ReportFormat } from "../format/types";
import type { Report } from "../report/types";
import { getPath } from "../values/object-path";
import { anchorFields } from "./field-paths";
import { textDiff, type Segment } from "./text-diff";

export type ValueChange = { path: string; label: string; before: string; after: string };
export type ParagraphChange = { path: string; label: string; segments: Segment[] };
export type VersionDiff = { cells: ValueChange[]; paragraphs: ParagraphChange[]; fields: ValueChange[] };

const FEE_WORDS: Record<string, string> = { unknown: "未说明", "not-collected": "未收取", collected: "收取" };

/** 信息处理费 in words: 「收取 1200 元」, 「未收取」. */
function feeText(v: Record<string, unknown>): string {
  const words = FEE_WORDS[String(v.status)] ?? String(v.status ?? "");
  return v.status === "collected" && v.amountYuan !== null && v.amountYuan !== undefined && v.amountYuan !== "" ? `${words} ${String(v.amountYuan)} 元` : words;
}

/** A stored value as compared and shown: blank, null and a missing key are the same 「」; 5 and "5" are the same. */
function text(report: Report, path: string): string {
  const v = getPath(report, path);
  if (v === null || v === undefined) return "";
  return typeof v === "string" ? v.trim() : typeof v === "number" || typeof v === "boolean" ? String(v) : typeof v === "object" && "status" in v ? feeText(v as Record<string, unknown>) : JSON.stringify(v);
}

export function versionDiff(format: ReportFormat, before: Report, after: Report): VersionDiff {
  const diff: VersionDiff = { cells: [], paragraphs: [], fields: [] };
  for (const f of anchorFields(format)) {
    const a = text(before, f.path);
    const b = text(after, f.path);
    if (a === b) continue;
    if (f.kind === "paragraph") diff.paragraphs.push({ path: f.path, label: f.label, segments: textDiff(a, b) });
    else (f.kind === "cell" ? diff.cells : diff.fields).push({ path: f.path, label: f.label, before: a, after: b });
  }
  return diff;
}

export const isEmptyDiff = (d: VersionDiff): boolean => d.cells.length + d.paragraphs.length + d.fields.length === 0;
