// The wizard's steps, from the format: 基本信息, one step per section (一 … 六), 检查与预览.
import type { ReportFormat, SectionDef } from "../format/types";

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
  const [root, key] = path.split(".");
  if (root === "tables" || root === "lastYear") {
    const table = root === "lastYear" ? path.split(".")[2] : key;
    return format.sections.find((s) => s.table === table)?.key ?? REVIEW;
  }
  if (root === "prose" && key) return key;
  if (root === "infoFee") return format.sections.find((s) => s.parts?.some((p) => p.key === "fee"))?.key ?? REVIEW;
  return BASICS;
}
