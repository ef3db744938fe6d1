// Field corpus: text copied from a web page or a PDF-to-text tool in which a row's numbers ran together
// (「713000074」), built from the same layout as the renderer (lib/format/table-layout): tab-separated cells,
// merged cells only where they start. The glued rows are ones whose sums leave one split.
import { tableLayout } from "../../lib/format/table-layout";
import type { Report } from "../../lib/report/types";
import { getPath } from "../../lib/values/object-path";
import { gov2021 } from "../../templates/gov-2021";
import { fieldSource } from "./source-data";
import type { FieldCase } from "./types";

/** Row ids (table·row) whose first `count` value cells are printed without gaps. */
type Glue = { table: "requests" | "appeals"; row: string; count: number };

export function webCopy(report: Report, glue: Glue[]): string {
  const lines = [`${report.unit.name}${report.year}年政府信息公开工作年度报告`, "一、总体情况", report.prose.overview?.text ?? ""];
  for (const s of gov2021.sections) {
    if (!s.table) continue;
    lines.push(s.heading);
    for (const row of tableLayout(gov2021.tables[s.table]).rows) {
      const cells = row.map((c) => (c.path ? String(getPath(report, c.path) ?? "") : c.text));
      const g = glue.find((x) => x.table === s.table && row.some((c) => c.path?.startsWith(`tables.${x.table}.${x.row}.`) || (x.row === "cases" && c.path)));
      const first = row.findIndex((c) => c.path);
      if (g && first >= 0) cells.splice(first, g.count, cells.slice(first, first + g.count).join(""));
      lines.push(cells.join("\t"));
    }
  }
  lines.push("五、存在的主要问题及改进情况", "无。", "六、其他需要报告的事项", "本年度未收取信息处理费。");
  return lines.join("\n");
}

export function digitCases(): FieldCase[] {
  const source = fieldSource({ seed: 3107 });
  return [
    {
      layout: "数字连写（粘贴的文本）",
      name: "表三 rows 予以公开 and 本机关不掌握 with their six applicant numbers glued",
      input: { pasted: webCopy(source, [{ table: "requests", row: "granted", count: 6 }, { table: "requests", row: "notHeld", count: 3 }]) },
      source,
      verdict: "gov-2021",
    },
  ];
}
