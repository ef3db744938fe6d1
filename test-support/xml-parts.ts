// Test support: every XML part of an OOXML package (.xlsx, .docx) parsed by a strict XML 1.0 parser (saxes,
// the one exceljs reads with): a character XML forbids (U+FFFE, a C0 control) or an ill-formed tag makes Excel
// and WPS "repair" the file by dropping its text. Returns each part's first error; [] when all parse.
import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";

export function xmlPartErrors(bytes: Uint8Array): string[] {
  const errors: string[] = [];
  for (const [name, data] of Object.entries(unzipSync(bytes))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    const parser = new SaxesParser({ xmlns: true });
    let first = "";
    parser.on("error", (e) => (first ||= `${name}: ${e.message}`));
    try {
      parser.write(strFromU8(data)).close();
    } catch (e) {
      first ||= `${name}: ${e instanceof Error ? e.message : String(e)}`;
    }
    if (first) errors.push(first);
  }
  return errors;
}

/** The names of the XML parts (so a test can say how many were parsed). */
export const xmlParts = (bytes: Uint8Array) => Object.keys(unzipSync(bytes)).filter((n) => /\.(xml|rels)$/.test(n));
