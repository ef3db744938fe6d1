// The fields a reviewer's remark can be anchored to, and their names in words — from the format, the one
// source: every table cell (cellDefs), every prose part (prosePath), the basic information. The step a
// field is on is the wizard's own mapping (stepOfPath), the same the issue list focuses with.
import { cellDefs, cellName, prosePath } from "../format/cell-path";
import type { ReportFormat } from "../format/types";
import { stepOfPath } from "../wizard/steps";

export type AnchorField = { path: string; label: string; step: string; kind: "cell" | "paragraph" | "field" };

const BASICS: { path: string; label: string }[] = [
  { path: "unit.name", label: "机关名称" },
  { path: "unit.kind", label: "单位类型" },
  { path: "year", label: "报告年度" },
  { path: "publishedOn", label: "成文日期" },
];

const cache = new WeakMap<ReportFormat, AnchorField[]>();

/** Every field of the format, in the wizard's order. */
export function anchorFields(format: ReportFormat): AnchorField[] {
  let out = cache.get(format);
  if (out) return out;
  const at = (path: string, label: string, kind: AnchorField["kind"]): AnchorField => ({ path, label, kind, step: stepOfPath(format, path) });
  const cells = cellDefs(format);
  out = [
    ...BASICS.map((b) => at(b.path, b.label, "field")),
    ...format.contactFields.map((f) => at(`contact.${f.key}`, `联系方式·${f.label}`, "field")),
    at("preamble", "开头段落", "paragraph"),
    ...format.sections.flatMap((s) => {
      if (s.table) return cells.filter((c) => c.table === s.table).map((c) => at(c.path, cellName(c), "cell"));
      const lead = at(prosePath(s.key), s.parts ? `${s.heading}·开头段落` : s.heading, "paragraph");
      const parts = (s.parts ?? []).map((p) => at(prosePath(s.key, p.key), `${s.heading}·${p.heading}`, "paragraph"));
      // 信息处理费 (the fee part's own field, beside its paragraph).
      const fee = s.parts?.some((p) => p.key === "fee") ? [at("infoFee", "信息处理费", "field")] : [];
      return [lead, ...parts, ...fee];
    }),
  ];
  cache.set(format, out);
  return out;
}

/** A field's name in words, or null for a path the format does not have. */
export function fieldLabel(format: ReportFormat, path: string): string | null {
  return anchorFields(format).find((f) => f.path === path)?.label ?? null;
}
