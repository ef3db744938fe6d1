// Where a remark may be anchored: a cell of a table (「tables.requests.granted.natural」), a text field
// (「prose.overview.parts.oversight」, 「preamble」) or one of the report's other fields — the paths the format
// defines (lib/format/cell-path.ts), never free text.
import { gov2021 } from "../../templates/gov-2021";
import { cellDefs } from "../format/cell-path";
import { textFields } from "../rules/prose-fields";

const OTHER = ["unit.name", "unit.kind", "year", "publishedOn", "infoFee", "contact.department", "contact.address", "contact.postcode", "contact.phone", "contact.email", "contact.website"];

let known: Set<string> | undefined;

export function isRemarkPath(path: string): boolean {
  known ??= new Set([...cellDefs(gov2021).map((d) => d.path), ...textFields(gov2021).map((f) => f.path), ...OTHER]);
  return known.has(path);
}
