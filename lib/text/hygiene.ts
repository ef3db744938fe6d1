// Text hygiene at the door (design.md 「Text hygiene happens once, at the door」): every string that enters from a
// file, the clipboard or a form passes here, so what is stored, embedded, displayed, exported and printed is what
// the user saw. Removed: what XML 1.0 §2.2 Char excludes (C0 controls but tab/LF/CR, U+FFFE/U+FFFF and the other
// noncharacters, unpaired surrogates — Word and Excel refuse such a file), DEL and C1 controls, bidi embeddings,
// overrides and isolates (U+202A–U+202E, U+2066–U+2069: 「U+202E」 shows a name reversed) and marks
// (U+200E/U+200F/U+061C), zero-width characters and the BOM (U+200B–U+200D, U+2060–U+2064, U+FEFF, U+180E).
// Then NFC, so one name has one spelling.

const INVISIBLE =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u0084\u0086-\u009F\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD83F\uD87F\uD8BF\uD8FF\uD93F\uD97F\uD9BF\uD9FF\uDA3F\uDA7F\uDABF\uDAFF\uDB3F\uDB7F\uDBBF\uDBFF][\uDFFE\uDFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
/** Line ends: CR LF, CR, LF, NEL (U+0085), LINE/PARAGRAPH SEPARATOR, and VT/FF which typists use as breaks. */
const LINE_BREAK = /\r\n|[\r\n\u000B\u000C\u0085\u2028\u2029]/g;

/** Multi-line text (prose, preamble): line breaks normalised to \n, tabs to a space, the invisible rest removed, NFC. */
export function cleanText(text: string): string {
  return text.replace(LINE_BREAK, "\n").replace(INVISIBLE, "").replace(/\t/g, " ").normalize("NFC");
}

/** Single-line text (unit name, contact fields, table cells, file names): every break or tab one space, trimmed. */
export function cleanLine(text: string): string {
  return cleanText(text)
    .replace(/\n/g, " ")
    .replace(/ {2,}/g, " ")
    .replace(/^[\s\u3000]+|[\s\u3000]+$/g, "");
}
