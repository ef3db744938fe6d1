// A new, blank report: every cell blank (null), every prose field empty.
import type { ReportFormat } from "../format/types";
import { cellDefs } from "../format/cell-path";
import { SCHEMA_VERSION, type Report } from "../report/types";
import { setPath } from "./object-path";

export function emptyProse(format: ReportFormat): Report["prose"] {
  const prose: Report["prose"] = {};
  for (const s of format.sections) {
    if (s.table) continue;
    prose[s.key] = { text: "", parts: Object.fromEntries((s.parts ?? []).map((p) => [p.key, ""])) };
  }
  return prose;
}

export function emptyTables(format: ReportFormat): Report["tables"] {
  let root: { tables: Report["tables"] } = { tables: { proactive: {}, requests: {}, appeals: {} } };
  for (const def of cellDefs(format)) root = setPath(root, def.path, null);
  return root.tables;
}

export function emptyReport(format: ReportFormat, init: { unitName?: string; unitKind?: string; year?: number } = {}): Report {
  return {
    schemaVersion: SCHEMA_VERSION,
    format: "gov-2021",
    unit: { name: init.unitName ?? "", kind: init.unitKind ?? "township" },
    year: init.year ?? new Date().getFullYear() - 1,
    publishedOn: "",
    contact: { department: "", address: "", postcode: "", phone: "", email: "", website: "" },
    preamble: "",
    prose: emptyProse(format),
    infoFee: { status: "unknown", amountYuan: null },
    tables: emptyTables(format),
  };
}
