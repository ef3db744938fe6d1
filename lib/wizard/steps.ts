// The wizard's steps, from the format: 基本信息, one step per section (一 … 六), 检查与预览.
import type { ReportFormat, SectionDef } from "../format/types";
import { sectionOfPath } from "../format/section-of-path";

export type Step = { key: string; label: string; section?: SectionDef };

export const BASICS = "basics";
export const REVIEW = "review";

export function wizardSteps(format: ReportFormat): Step[] {
  return [
    { key: BASICS, label: "基本信息" },
    ...format.sections.map((s) => ({ key: s.key, label: s.heading, section: s })),
    { key: REVIEW, label: "检查与预览" },
  ];
}

/** The step whose form holds a field path (Issue.cells[0] → where to go). */
export function stepOfPath(format: ReportFormat, path: string): string {
  return sectionOfPath(format, path) ?? BASICS;
}
