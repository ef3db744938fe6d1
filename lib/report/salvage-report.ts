// What can still be read of a draft that no longer validates (a field of the wrong type, an unknown field, a
// newer schema version): every field the exchange format accepts is kept as it is; each one it refuses is
// reset to blank (or removed, where it is optional) and named, so the clerk knows what the new draft lacks.
// The one schema decides (reportSchema), field by field from its own issues: nothing here restates the format.
import type { z } from "zod";
import { gov2021 } from "../../templates/gov-2021";
import { emptyReport } from "../values/empty-report";
import { getAt } from "../values/object-path";
import { fieldName } from "./describe-issues";
import { reportSchema } from "./parse-report-json";
import { SCHEMA_VERSION, type Report } from "./types";

export type Salvaged = {
  report: Report;
  /** The fields that could not be read, as the wizard names them (「报告年度」「表三·（一）予以公开·自然人」). */
  dropped: string[];
  /** The version the data says it is, when it is not this program's (newer, or missing). */
  version: unknown;
};

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === "object" && v !== null && !Array.isArray(v);

/** Removes the value at `path`, or puts the blank report's value there (required fields). */
function reset(doc: Obj, path: readonly PropertyKey[], blank: Report): void {
  const parent = getAt(doc, path.slice(0, -1).map(String));
  const key = String(path[path.length - 1]);
  if (!isObj(parent) && !Array.isArray(parent)) return;
  const fallback = getAt(blank, path.map(String));
  if (fallback === undefined) delete (parent as Obj)[key];
  else (parent as Obj)[key] = structuredClone(fallback);
}

const MAX_ROUNDS = 40;

export function salvageReport(data: unknown): Salvaged {
  const blank = emptyReport(gov2021);
  if (!isObj(data)) return { report: blank, dropped: ["全部内容"], version: undefined };
  const doc = structuredClone(data);
  const version = doc.schemaVersion;
  doc.schemaVersion = SCHEMA_VERSION;
  doc.format = "gov-2021";
  const dropped = new Set<string>();
  const tried = new Set<string>();
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const result = reportSchema().safeParse(doc);
    if (result.success) return { report: result.data as Report, dropped: [...dropped], version: version === SCHEMA_VERSION ? undefined : version };
    for (const issue of result.error.issues as z.core.$ZodIssue[]) {
      const paths = issue.code === "unrecognized_keys" ? issue.keys.map((k) => [...issue.path, k]) : [issue.path];
      for (let path of paths) {
        // A field reset once and still refused: its parent goes (never loops, always ends at the root's fields).
        while (path.length > 1 && tried.has(path.join("."))) path = path.slice(0, -1);
        tried.add(path.join("."));
        dropped.add(fieldName(gov2021, path));
        reset(doc, path, blank);
      }
    }
  }
  return { report: blank, dropped: ["全部内容"], version };
}
