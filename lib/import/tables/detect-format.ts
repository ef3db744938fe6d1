// 2021 or obsolete 2019 format? format-2021.md §7.4: any one old marker ⇒ 2019 format.
import type { ReportFormat, StackedTable } from "../../format/types";
import { gov2019 } from "../../../templates/gov-2019";
import { markerNames } from "../messages";
import { normLabel } from "../normalise";

/** `era`: a report from before the 2019 format (year ≤ 2018): read as far as 2019 maps, with its own wording. */
export type Detected = { format: "gov-2021" | "gov-2019"; markers: string[]; era?: "pre-2019" };

/** Markers found in the tables' text (labels compared without spaces, line breaks or punctuation). */
export function detectFormat(format: ReportFormat, tableText: string, year: number | null): Detected {
  const text = normLabel(tableText);
  const old = gov2019.markers.filter((mk) => text.includes(normLabel(mk)));
  if (year !== null && year <= 2020) old.push(markerNames.earlyYear(year));
  if (old.length) return { format: "gov-2019", markers: old, ...(year !== null && year <= 2018 ? { era: "pre-2019" as const } : {}) };
  const proactive = format.tables.proactive as StackedTable;
  const fresh = [...new Set(proactive.blocks.flatMap((b) => b.columns.map((c) => c.label)))];
  return { format: "gov-2021", markers: fresh.filter((mk) => text.includes(normLabel(mk))) };
}
