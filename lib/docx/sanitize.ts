// The one sanitising step between the clerk's text and WordprocessingML: every string that can reach the .docx goes
// through the door's text hygiene (lib/text/hygiene.ts) once more here, so no field can bypass it.
import { cleanReport } from "../report/clean-report";
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

/**
 * The report with every string that can reach the .docx cleaned: renderReport calls this once, first, so no
 * field can bypass it. The same function cleans every report where it enters (lib/report/clean-report.ts).
 */
export const sanitizeReport = cleanReport;
