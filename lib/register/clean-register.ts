// Report.register through the door's text hygiene (lib/report/clean-report.ts calls it): header texts, value
// texts and reasons, each a single line. It rebuilds the record field by field, so nothing but counts, row
// numbers, the mapping and the reasons travels with a report (into the data file and the .docx).
import { cleanLine } from "../text/hygiene";
import type { RegisterMapping, RegisterRecord, ReportRegister } from "./types";

function cleanMapping(m: RegisterMapping): RegisterMapping {
  const values: RegisterMapping["values"] = {};
  for (const [field, map] of Object.entries(m.values) as [keyof RegisterMapping["values"], Record<string, string | null>][]) {
    if (map) values[field] = Object.fromEntries(Object.entries(map).map(([k, v]) => [cleanLine(k), v === null ? null : cleanLine(v)]));
  }
  return { version: m.version, kind: m.kind, columns: m.columns.map((c) => ({ header: cleanLine(c.header), role: c.role })), values };
}

function cleanRecord(r: RegisterRecord): RegisterRecord {
  return {
    mapping: cleanMapping(r.mapping),
    year: r.year,
    counts: { ...r.counts },
    cases: Object.fromEntries(Object.entries(r.cases).map(([k, v]) => [k, [...v]])),
    uncounted: r.uncounted.map((u) => ({ rowNumber: u.rowNumber, reason: cleanLine(u.reason) })),
    countedAt: r.countedAt,
    confirmedOverrides: [...r.confirmedOverrides],
  };
}

export function cleanRegister(register: ReportRegister): ReportRegister {
  const out: ReportRegister = {};
  if (register.requests) out.requests = cleanRecord(register.requests);
  if (register.appeals) out.appeals = cleanRecord(register.appeals);
  return out;
}
