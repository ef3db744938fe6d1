// Clerk-typed text made safe for WordprocessingML: XML 1.0 §2.2 Char excludes C0 controls (but tab, LF, CR),
// U+FFFE/U+FFFF and unpaired surrogates; Word refuses a file containing them.
const ILLEGAL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function cleanText(text: string): string {
  return text.replace(ILLEGAL, "");
}

/** The clerk's paragraphs: one per non-blank line, trimmed (full-width spaces too, since we indent). */
export function splitParagraphs(text: string | undefined | null): string[] {
  if (!text) return [];
  return cleanText(text)
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((line) => line.replace(/\t/g, " ").replace(/^[\s\u3000]+|[\s\u3000]+$/g, ""))
    .filter((line) => line.length > 0);
}
