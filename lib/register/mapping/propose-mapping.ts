// proposeMapping (#24): the sheet and its header, a role for every column and a category for every distinct value,
// each with `sure`. A mapping remembered from last year wins (column by header text, value by its text): the
// clerk confirmed it once. What is not sure waits for the clerk; nothing is counted under a null category.
import { pickLayout } from "../layout/find-layout";
import { tallyMessages } from "../messages";
import type { ColumnChoice, RegisterKind, RegisterMapping, RegisterProposal, RegisterSheet, ValueChoice, ValueField } from "../types";
import { matchHeader } from "./match-header";
import { isWithdrawnValue, matchValue } from "./match-value";
import { columnsOf, dataRows, fieldValue, VALUE_FIELDS } from "./row-values";

function proposeColumns(kind: RegisterKind, headers: string[], remembered?: RegisterMapping): ColumnChoice[] {
  const taken = new Set<string>();
  return headers.map((header, index) => {
    const kept = remembered?.kind === kind ? remembered.columns.find((c) => c.header === header) : undefined;
    const m = kept ? { role: kept.role, sure: true } : matchHeader(kind, header);
    // One column per role: a second 「受理日期」 beside 「收到日期」 is left out until the clerk says otherwise.
    if (m.role !== "private" && m.role !== "ignored") {
      if (taken.has(m.role)) return { index, header, role: "ignored", sure: false };
      taken.add(m.role);
    }
    return { index, header, role: m.role, sure: m.sure };
  });
}

function proposeValues(field: ValueField, counts: Map<string, number>, remembered?: RegisterMapping): ValueChoice[] {
  const kept = remembered?.values[field] ?? {};
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], "zh"))
    .map(([value, count]) => {
      const choice: ValueChoice =
        value in kept ? { value, count, category: kept[value] ?? null, sure: kept[value] != null } : { value, count, ...matchValue(field, value) };
      if (field === "outcome" && isWithdrawnValue(value)) choice.note = tallyMessages.withdrawnNote;
      return choice;
    });
}

export function proposeMapping(sheets: RegisterSheet[], kind: RegisterKind, remembered?: RegisterMapping): RegisterProposal {
  const usable = remembered?.kind === kind ? remembered : undefined;
  const layout = pickLayout(sheets, kind, usable);
  const sheet = sheets.find((s) => s.name === layout.sheet)!;
  const columns = proposeColumns(kind, layout.headers, usable);
  const mapping: RegisterMapping = { version: 1, kind, columns: columns.map(({ header, role }) => ({ header, role })), values: {} };
  const byRole = columnsOf(layout, mapping);
  const rows = dataRows(sheet, layout, mapping);
  const values: RegisterProposal["values"] = {};
  for (const field of VALUE_FIELDS[kind]) {
    if (byRole[field] === undefined) continue;
    const counts = new Map<string, number>();
    for (const row of rows) {
      const v = fieldValue(row, byRole, field);
      if (v) counts.set(v, (counts.get(v) ?? 0) + 1);
    }
    const choices = proposeValues(field, counts, usable);
    values[field] = choices;
    mapping.values[field] = Object.fromEntries(choices.map((c) => [c.value, c.category]));
  }
  if (byRole.withdrawn !== undefined) {
    const col = columns[byRole.withdrawn];
    if (col) col.note = tallyMessages.withdrawnNote;
  }
  return { layout, columns, values, mapping };
}
