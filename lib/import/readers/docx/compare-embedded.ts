// A document made here and edited after download: its visible text is what counts, but where the text still
// says what the embedded data says (as the renderer prints it: blanks as 0, paragraphs trimmed), the embedded value
// is kept exactly. The fields where they differ are returned, so the import can say which.
import { cellDefs, cellName, prosePath } from "../../../format/cell-path";
import type { ReportFormat } from "../../../format/types";
import type { Report } from "../../../report/types";
import { printCell } from "../../../values/format-number";
import { getPath, setPath } from "../../../values/object-path";
import { gov2021 } from "../../../../templates/gov-2021";
import { sameFee } from "../../structure/info-fee";
import { importMessages as m } from "../../messages";

export type Merged = { report: Report; changed: string[] };

/** Text as a document shows it: one line per paragraph, whitespace not counted. */
export const squash = (text: unknown) =>
  String(text ?? "")
    .split(/\r\n|\r|\n|\u2028|\u2029/)
    .map((l) => l.replace(/[\s\u3000\u200b-\u200d\ufeff]+/g, ""))
    .filter(Boolean)
    .join("\n");

function proseFields(format: ReportFormat): string[] {
  return format.sections.filter((s) => !s.table).flatMap((s) => [prosePath(s.key), ...(s.parts ?? []).map((p) => prosePath(s.key, p.key))]);
}

export function mergeEdited(visible: Report, embedded: Report, format: ReportFormat = gov2021): Merged {
  let out: Report = { ...structuredClone(embedded), notes: visible.notes };
  const changed: string[] = [];
  const take = (path: string, same: boolean) => {
    if (same) return;
    out = setPath(out, path, structuredClone(getPath(visible, path)));
    changed.push(path);
  };
  take("unit.name", squash(visible.unit.name) === squash(embedded.unit.name));
  if (changed.includes("unit.name")) out = setPath(out, "unit.kind", visible.unit.kind); // a new name, a new guess
  take("year", visible.year === embedded.year);
  take("publishedOn", visible.publishedOn === embedded.publishedOn);
  for (const [key, value] of Object.entries(visible.contact)) take(`contact.${key}`, !value || value === getPath(embedded, `contact.${key}`));
  for (const path of ["preamble", ...proseFields(format)]) take(path, squash(getPath(visible, path)) === squash(getPath(embedded, path)));
  take("infoFee", sameFee(visible.infoFee, embedded.infoFee));
  for (const d of cellDefs(format)) take(d.path, squash(printCell(getPath(visible, d.path), d.kind)) === squash(printCell(getPath(embedded, d.path), d.kind)));
  return { report: out, changed };
}

const isProse = (path: string) => path === "preamble" || path.startsWith("prose.");

/** Every paragraph of the prose, in order, as one text (how the reader divides it between parts does not count). */
const allProse = (report: Report, format: ReportFormat) => ["preamble", ...proseFields(format)].map((p) => squash(getPath(report, p))).join("");

/**
 * The fields where the visible text does not say what the data says, as the renderer prints it: every cell, the
 * unit, year, date, contact and fee exactly; the prose as one text in order (where one part ends and the next
 * begins is the reader's guess, not the document's content). None: the text is what the data renders to.
 */
export function disagreements(visible: Report, data: Report, format: ReportFormat = gov2021): string[] {
  const changed = mergeEdited(visible, data, format).changed;
  const proseSame = allProse(visible, format) === allProse(data, format);
  return changed.filter((p) => !(proseSame && isProse(p)));
}

/** 「一、总体情况（一）主动公开」「表三·（一）予以公开·自然人」: the changed fields in words. */
export function fieldName(path: string, format: ReportFormat = gov2021): string {
  const cell = cellDefs(format).find((d) => d.path === path);
  if (cell) return cellName(cell);
  const [root, section, kind, part] = path.split(".");
  if (root === "prose") {
    const s = format.sections.find((x) => x.key === section);
    const p = kind === "parts" ? s?.parts?.find((x) => x.key === part) : undefined;
    return [s?.heading, p?.heading].filter(Boolean).join("");
  }
  return m.fieldNames[path] ?? m.fieldNames[root ?? ""] ?? path;
}
