// 问题清单's 位置: where an issue is, in the words of the report — 「表三·（一）予以公开·自然人」,
// 「一、总体情况·（一）主动公开」 — never the field path. Last year's cells are 「上年报告·…」.
import { cellDefs, cellName } from "../format/cell-path";
import { textFields } from "../rules/prose-fields";
import { gov2021 } from "../../templates/gov-2021";

let names: Map<string, string> | undefined;

function nameMap(): Map<string, string> {
  if (names) return names;
  names = new Map<string, string>();
  for (const d of cellDefs(gov2021)) names.set(d.path, cellName(d));
  for (const f of textFields(gov2021)) names.set(f.path, f.name);
  for (const t of Object.values(gov2021.tables)) names.set(`tables.${t.key}`, t.name);
  return names;
}

export function locationOf(path: string | undefined): string {
  if (!path) return "";
  const own = path.startsWith("lastYear.") ? path.slice("lastYear.".length) : path;
  const name = nameMap().get(own) ?? "";
  if (!name) return "";
  return own === path ? name : `上年报告·${name}`;
}
