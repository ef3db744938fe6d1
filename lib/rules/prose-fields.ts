// The report's text fields as the format defines them: which a unit shows, and how a message names them.
import type { ProsePart, ReportFormat, SectionDef } from "../format/types";
import { prosePath } from "../format/cell-path";
import type { Checkable } from "./checkable";

export type ProseField = { path: string; heading: string; governmentOnly: boolean; section?: SectionDef; part?: ProsePart };

/** 各级人民政府 (条例第五十条第（四）项). An unknown kind is not a government. */
export function isGovernment(format: ReportFormat, report: Checkable): boolean {
  return format.unitKinds.find((k) => k.key === report.unit?.kind)?.isGovernment ?? false;
}

/** The prose fields a step shows for this unit: parts (government-only ones for governments) or the text. */
export function proseFields(format: ReportFormat, section: SectionDef, report: Checkable): ProseField[] {
  if (!section.parts) return [{ path: prosePath(section.key), heading: section.heading, governmentOnly: false, section }];
  const gov = isGovernment(format, report);
  return section.parts
    .filter((p) => gov || !p.governmentOnly)
    .map((p) => ({ path: prosePath(section.key, p.key), heading: p.heading, governmentOnly: Boolean(p.governmentOnly), section, part: p }));
}

export const PREAMBLE = { path: "preamble", name: "开头段落" } as const;

export type TextField = { path: string; name: string };

/** Every text field that can reach the document, with the name a message gives it (「一、总体情况·（一）主动公开」); built once per format. */
const fieldCache = new WeakMap<ReportFormat, TextField[]>();

export function textFields(format: ReportFormat): TextField[] {
  let cached = fieldCache.get(format);
  if (!cached) fieldCache.set(format, (cached = buildTextFields(format)));
  return cached;
}

function buildTextFields(format: ReportFormat): TextField[] {
  const out: TextField[] = [PREAMBLE];
  for (const section of format.sections) {
    if (section.table) continue;
    if (!section.parts) {
      out.push({ path: prosePath(section.key), name: section.heading });
      continue;
    }
    out.push({ path: prosePath(section.key), name: `${section.heading}·开头段落` });
    for (const p of section.parts) out.push({ path: prosePath(section.key, p.key), name: `${section.heading}·${p.heading}` });
  }
  return out;
}
