// Family register (#24): a 表三/表四 cell filled from the case register and typed over afterwards. The figure the
// register gives (Report.register[kind].counts) and the one in the table must agree, or the clerk confirms the
// typed one (confirmedOverrides). A cell that is not a number is value.unparseable's, not this rule's.
import type { ReportFormat } from "../format/types";
import { cellDefs } from "../format/cell-path";
import { getPath } from "../values/object-path";
import { parseCell } from "../values/parse";
import type { Checkable } from "./checkable";
import { registerMessages as m } from "./messages";
import type { Issue } from "./types";

type Stored = { counts?: unknown; confirmedOverrides?: unknown };

function recordsOf(report: Checkable): Stored[] {
  const register = report.register;
  if (!register || typeof register !== "object") return [];
  return ["requests", "appeals"].map((k) => (register as Record<string, unknown>)[k]).filter((r): r is Stored => !!r && typeof r === "object");
}

export function registerIssues(report: Checkable, format: ReportFormat): Issue[] {
  const out: Issue[] = [];
  const defs = new Map(cellDefs(format).map((d) => [d.path, d]));
  for (const record of recordsOf(report)) {
    const counts = record.counts && typeof record.counts === "object" ? (record.counts as Record<string, unknown>) : {};
    const confirmed = new Set(Array.isArray(record.confirmedOverrides) ? record.confirmedOverrides : []);
    for (const [path, count] of Object.entries(counts)) {
      const def = defs.get(path);
      if (!def || typeof count !== "number" || confirmed.has(path)) continue;
      const typed = parseCell(getPath(report, path));
      const value = typed.kind === "blank" ? 0 : typed.kind === "number" ? typed.value : null;
      if (value === null || value === count) continue;
      out.push({ rule: "register.differs", severity: "warning", cells: [path], message: m.differs(def, count, value) });
    }
  }
  return out;
}
