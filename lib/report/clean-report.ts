// Every string of a report through the door's text hygiene (lib/text/hygiene.ts), once, where it enters: the
// result of every import, a data file read, a draft made from clipboard or form. After it, the data stored,
// embedded, displayed, exported and printed are the same characters. Prose and the preamble keep their line
// breaks (one paragraph each); every other string is a single line. lib/docx/sanitize.ts applies it again
// before the .docx, so no field can bypass it.
import { cleanRegister } from "../register/clean-register";
import { cleanLine, cleanText } from "../text/hygiene";
import type { ProseSection, Report, TableValues } from "./types";

function cleanTable(values: TableValues): TableValues {
  const out: TableValues = {};
  for (const [k, v] of Object.entries(values)) {
    out[k] = typeof v === "string" ? cleanLine(v) : v && typeof v === "object" ? cleanTable(v) : v;
  }
  return out;
}

function cleanProse(prose: Record<string, ProseSection>): Record<string, ProseSection> {
  const out: Record<string, ProseSection> = {};
  for (const [key, section] of Object.entries(prose)) {
    const parts: Record<string, string> = {};
    for (const [k, v] of Object.entries(section.parts ?? {})) parts[k] = cleanText(v ?? "");
    out[key] = { text: cleanText(section.text ?? ""), parts };
  }
  return out;
}

const cleanTables = <T extends Partial<Report["tables"]>>(tables: T): T =>
  Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v ? cleanTable(v) : v])) as T;

export function cleanReport(report: Report): Report {
  const contact = Object.fromEntries(Object.entries(report.contact).map(([k, v]) => [k, cleanLine(v ?? "")]));
  const { amountYuan } = report.infoFee;
  const { lastYear, notes, register } = report;
  return {
    ...report,
    unit: { name: cleanLine(report.unit.name), kind: cleanLine(report.unit.kind) },
    publishedOn: cleanLine(report.publishedOn),
    contact: contact as Report["contact"],
    preamble: cleanText(report.preamble),
    prose: cleanProse(report.prose),
    infoFee: { ...report.infoFee, amountYuan: typeof amountYuan === "string" ? cleanLine(amountYuan) : amountYuan },
    tables: cleanTables(report.tables),
    ...(lastYear ? { lastYear: { ...lastYear, tables: cleanTables(lastYear.tables), ...(lastYear.prose ? { prose: cleanProse(lastYear.prose) } : {}) } } : {}),
    ...(notes ? { notes: notes.map(cleanText) } : {}),
    ...(register ? { register: cleanRegister(register) } : {}),
  };
}
