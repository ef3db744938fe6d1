// The field corpus (issue #21): every case, made from known data. Table layouts (Word and PDF) here; text
// shapes (one-line, crawler, Markdown, CMS pages) join through the same list.
import { digitCases } from "./digit-cases";
import { tableLayoutCases } from "./table-cases";
import type { FieldCase } from "./types";

export async function allFieldCases(): Promise<FieldCase[]> {
  return [...(await tableLayoutCases()), ...digitCases()];
}
