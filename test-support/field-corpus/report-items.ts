// Test support for the field corpus (issue #21): a report as the pieces every published shape is written from —
// title, opening paragraphs with the contact sentence, the six headings (in the format's order or another), the
// sub-headings and their paragraphs, the three tables as printed grids (merged cells once, where they start), and
// the signature. Each text shape (text-shapes.ts) only writes these pieces its own way.
import { partHeading } from "../../lib/docx/part-heading";
import { tableLayout } from "../../lib/format/table-layout";
import { cellDefs } from "../../lib/format/cell-path";
import type { TableKey } from "../../lib/format/types";
import type { Report } from "../../lib/report/types";
import { printCell } from "../../lib/values/format-number";
import { getPath } from "../../lib/values/object-path";
import { gov2021 } from "../../templates/gov-2021";

/** A printed table cell: its text and how many rows and columns it covers. */
export type GridCell = { text: string; colSpan: number; rowSpan: number; value: boolean };

export type Item =
  | { kind: "title"; text: string }
  | { kind: "p"; text: string }
  | { kind: "heading"; text: string }
  | { kind: "part"; text: string }
  | { kind: "table"; key: TableKey; rows: GridCell[][] }
  | { kind: "signature"; text: string };

export type ItemOptions = {
  /** The contact sentence as this report words it (it stands at the end of the opening). */
  contact?: string;
  /** Section headings by key, as this report numbers and words them (default: the format's). */
  headings?: Partial<Record<string, string>>;
  /** Section keys in the order printed (default: the format's). */
  order?: string[];
};

const kindOf = new Map(cellDefs(gov2021).map((d) => [d.path, d.kind]));

/** The three tables as printed, from the one layout function the renderer uses. */
export function tableRows(report: Report, key: TableKey): GridCell[][] {
  return tableLayout(gov2021.tables[key]).rows.map((row) =>
    row.map((c) => ({
      text: c.path ? printCell(getPath(report, c.path), kindOf.get(c.path) ?? "count") : c.text,
      colSpan: c.colSpan,
      rowSpan: c.rowSpan,
      value: Boolean(c.path),
    })),
  );
}

/** A table as a full grid (every position filled): merged cells left empty, or their text repeated. */
export function fullGrid(rows: GridCell[][], fill: "empty" | "repeat"): string[][] {
  const grid: string[][] = [];
  rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c] !== undefined) c++;
      for (let dr = 0; dr < cell.rowSpan; dr++)
        for (let dc = 0; dc < cell.colSpan; dc++) (grid[r + dr] ??= [])[c + dc] = dr === 0 && dc === 0 ? cell.text : fill === "repeat" ? cell.text : "";
      c += cell.colSpan;
    }
  });
  return grid.map((row) => Array.from(row, (t) => t ?? ""));
}

const lines = (text: string) => text.split("\n").map((l) => l.trim()).filter(Boolean);

export function reportItems(report: Report, options: ItemOptions = {}): Item[] {
  const items: Item[] = [{ kind: "title", text: `${report.unit.name}${report.year}年政府信息公开工作年度报告` }];
  const opening = lines(report.preamble);
  if (options.contact) opening.push(options.contact);
  items.push(...opening.map((text): Item => ({ kind: "p", text })));
  const order = options.order ?? gov2021.sections.map((s) => s.key);
  for (const key of order) {
    const s = gov2021.sections.find((d) => d.key === key)!;
    items.push({ kind: "heading", text: options.headings?.[key] ?? s.heading });
    if (s.table) items.push({ kind: "table", key: s.table, rows: tableRows(report, s.table) });
    const prose = report.prose[s.key];
    if (!prose) continue;
    items.push(...lines(prose.text).map((text): Item => ({ kind: "p", text })));
    (s.parts ?? []).forEach((part, i) => {
      const text = lines(prose.parts[part.key] ?? "");
      if (text.length) items.push({ kind: "part", text: partHeading(s, i) }, ...text.map((t): Item => ({ kind: "p", text: t })));
    });
  }
  const [y, m, d] = report.publishedOn.split("-").map(Number);
  items.push({ kind: "signature", text: report.unit.name }, { kind: "signature", text: `${y}年${m}月${d}日` });
  return items;
}
