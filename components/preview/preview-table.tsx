// A read-only table of the printed report, drawn from tableLayout like the grid and the .docx.
import type { TableDef } from "@/lib/format/types";
import { tableLayout, type LayoutCell } from "@/lib/format/table-layout";
import { columnWidths } from "@/lib/docx/column-widths";
import { getPath } from "@/lib/values/object-path";
import { printCell } from "@/lib/values/format-number";
import type { Report } from "@/lib/report/types";

function kindOf(table: TableDef, path: string) {
  if (table.type === "grid") return table.kind;
  return table.blocks.find((b) => b.rows.some((r) => path.includes(`.${r.key}.`)))?.kind ?? "count";
}

function PreviewCell({ cell, table, report }: { cell: LayoutCell; table: TableDef; report: Report }) {
  const span = { colSpan: cell.colSpan, rowSpan: cell.rowSpan };
  if (cell.role === "value") {
    return (
      <td {...span} className="min-w-[3.2em] border border-black px-1 text-center">
        {printCell(getPath(report, cell.path!), kindOf(table, cell.path!))}
      </td>
    );
  }
  const align = cell.role === "row-header" || cell.role === "caption" ? "text-left" : "text-center";
  return (
    <th {...span} className={`border border-black px-1 font-normal ${align} ${cell.role === "caption" ? "font-bold" : ""}`}>
      {cell.text}
    </th>
  );
}

export function PreviewTable({ table, report }: { table: TableDef; report: Report }) {
  const layout = tableLayout(table);
  // The .docx's own column widths with a fixed layout: the same wrapping as print, and in every engine
  // (Chromium before 91 and after its new table layout size automatic columns differently).
  const widths = columnWidths(layout);
  const sum = widths.reduce((a, b) => a + b, 0);
  return (
    <table className="my-2 w-full table-fixed border-collapse text-[11px] leading-snug" data-preview-table={table.key}>
      <colgroup>
        {widths.map((w, i) => (
          <col key={i} style={{ width: `${((100 * w) / sum).toFixed(3)}%` }} />
        ))}
      </colgroup>
      <tbody>
        {layout.rows.map((row, i) => (
          <tr key={i}>
            {row.map((c, j) => (
              <PreviewCell key={j} cell={c} table={table} report={report} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
