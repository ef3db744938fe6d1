// Text → runs, one per script, each tagged with its language: Latin letters and digits 「en-US」, Chinese
// 「zh-CN」 (ECMA-376 §17.3.2.20 w:lang: w:val for Latin text, w:eastAsia for East Asian text). A digit string
// tagged zh-CN is broken like Chinese text by LibreOffice (「202/4年」); tagged en-US it stays whole, as
// Word keeps it (GB/T 9704—2012 7.3.5.3 and practice: Arabic numerals, never split). A hyphen stays a plain
// hyphen: LibreOffice breaks a run of digits anywhere once it holds a non-breaking hyphen (U+2011), so
// 「0000-1234567」 may break after its hyphen, as in Word, but never between digits.
import { TextRun, type IRunOptions } from "docx";

export const LANG = { latin: "en-US", eastAsia: "zh-CN" } as const;

/** Latin, Greek, Cyrillic and their punctuation (below U+2000); everything from U+2000 up is East Asian here,
 * so 「“”」「—」「…」 go with the Chinese text around them. */
const isLatin = (cp: number) => cp < 0x2000;
const isSpace = (ch: string) => ch === " " || ch === "\u00A0";

/** Splits text into maximal same-script pieces; spaces go with the piece before them (leading ones with the first). */
export function scriptPieces(text: string): { text: string; latin: boolean }[] {
  const out: { text: string; latin: boolean }[] = [];
  let leading = "";
  for (const ch of text) {
    const last = out[out.length - 1];
    const latin = isLatin(ch.codePointAt(0)!);
    if (!last && isSpace(ch)) leading += ch;
    else if (last && (last.latin === latin || isSpace(ch))) last.text += ch;
    else out.push({ text: (out.length === 0 ? leading : "") + ch, latin });
  }
  return out.length === 0 && leading ? [{ text: leading, latin: true }] : out;
}

type RunOptions = Omit<IRunOptions, "text" | "children" | "language">;

/** Runs for already-sanitised text (see sanitize.ts): the docx library escapes it, so typed markup stays text. */
export function textRuns(text: string, options: RunOptions = {}): TextRun[] {
  return scriptPieces(text).map(
    (p) => new TextRun({ ...options, text: p.text, language: p.latin ? { value: LANG.latin } : { eastAsia: LANG.eastAsia } }),
  );
}
