// The one sanitising step between the clerk's text and WordprocessingML. Removed everywhere: what XML 1.0 §2.2
// Char excludes (C0 controls but tab/LF/CR, U+FFFE/U+FFFF, unpaired surrogates — Word refuses the file), DEL and
// C1 controls, bidi embeddings/overrides/isolates (U+202A–U+202E, U+2066–U+2069: 「U+202E」 prints a title
// reversed) and marks (U+200E/U+200F/U+061C), zero-width characters and the BOM (U+200B–U+200D, U+2060–U+2064,
// U+FEFF, U+180E). Single-line fields (unit name, contact, cells) also turn tabs and line breaks into one space.
import type { Report, TableValues } from "../report/types";

const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Line ends: CR LF, CR, LF, NEL (U+0085), LINE/PARAGRAPH SEPARATOR, and VT/FF which typists use as breaks. */
const LINE_BREAK = /\r\n|[\r\n\u000B\u000C\u0085\u2028\u2029]/g;

/** Multi-line text (prose, preamble): line breaks normalised to \n, tabs to a space, the rest removed. */
export function cleanText(text: string): string {
  return text.replace(LINE_BREAK, "\n").replace(INVISIBLE, "").replace(/\t/g, " ");
}

/** Single-line text (unit name, contact fields, table cells): every break or tab becomes one space, trimmed. */
export function cleanLine(text: string): string {
  return cleanText(text)
    .replace(/\n/g, " ")
    .replace(/ {2,}/g, " ")
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}

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
