// The field corpus (issue #21): every case, made from known data — table layouts (Word and PDF), digits run
// together, and the text shapes (one line, crawler headers, Markdown, CMS pages, sentence variants).
import { digitCases } from "./digit-cases";
import { tableLayoutCases } from "./table-cases";
import { textShapeCases } from "./text-shapes";
import type { FieldCase } from "./types";

export async function allFieldCases(): Promise<FieldCase[]> {
  return [...(await tableLayoutCases()), ...digitCases(), ...(await textShapeCases())];
}
