// The one sanitising step between the clerk's text and WordprocessingML: every string that can reach the .docx goes
// through the door's text hygiene (lib/text/hygiene.ts) once more here, so no field can bypass it.
import type { Report, TableValues } from "../report/types";
import { cleanLine, cleanText } from "../text/hygiene";

export { cleanLine, cleanText };

/** The clerk's paragraphs: one per non-blank line, trimmed (full-width spaces too, since we indent). */
export function splitParagraphs(text: string | undefined | null): string[] {
  if (!text) return [];
  return cleanText(text)
    .split("\n")
    .map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ""))
    .filter((line) => line.length > 0);
}

function cleanTable(values: TableValues): TableValues {
  const out: TableValues = {};
  for (const [k, v] of Object.entries(values)) {
    out[k] = typeof v === "string" ? cleanLine(v) : v && typeof v === "object" ? cleanTable(v) : v;
  }
  return out;
}

/**
 * The report with every string that can reach the .docx cleaned: renderReport calls this once, first, so no
 * field can bypass it. Prose keeps its line breaks (one paragraph each); everything else is a single line.
 */
export function sanitizeReport(report: Report): Report {
  const multi = (s: string) => cleanText(s);
  const prose: Report["prose"] = {};
  for (const [key, section] of Object.entries(report.prose)) {
    const parts: Record<string, string> = {};
    for (const [k, v] of Object.entries(section.parts ?? {})) parts[k] = multi(v ?? "");
    prose[key] = { text: multi(section.text ?? ""), parts };
  }
  const contact = Object.fromEntries(Object.entries(report.contact).map(([k, v]) => [k, cleanLine(v ?? "")]));
  const { amountYuan } = report.infoFee;
  return {
    ...report,
    unit: { name: cleanLine(report.unit.name), kind: cleanLine(report.unit.kind) },
    publishedOn: cleanLine(report.publishedOn),
    contact: contact as Report["contact"],
    preamble: multi(report.preamble),
    prose,
    infoFee: { ...report.infoFee, amountYuan: typeof amountYuan === "string" ? cleanLine(amountYuan) : amountYuan },
    tables: {
      proactive: cleanTable(report.tables.proactive),
      requests: cleanTable(report.tables.requests),
      appeals: cleanTable(report.tables.appeals),
    },
  };
}
