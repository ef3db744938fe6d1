// Text copied from a web page: every table row on one line, cells separated by tabs, merged cells
// only where they start (what a browser puts on the clipboard for an HTML table). Built from the
// same layout as the renderer (lib/format/table-layout), with blank cells, 「/」 and 「—」.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellDefs } from "../../../format/cell-path";
import { tableLayout } from "../../../format/table-layout";
import type { CellValue, Report } from "../../../report/types";
import { emptyReport } from "../../../values/empty-report";
import { getPath, setPath } from "../../../values/object-path";
import { gov2021 } from "../../../../templates/gov-2021";
import { importReport } from "../../build/import-report";

const defs = cellDefs(gov2021);
type Typed = { value: CellValue; text: string };

const typedArb = (kind: string): fc.Arbitrary<Typed> =>
  fc.oneof(
    { weight: 8, arbitrary: (kind === "count" ? fc.nat(9999) : fc.integer({ min: 0, max: 9_999_999 }).map((n) => n / 1000)).map((v) => ({ value: v, text: String(v) })) },
    { weight: 1, arbitrary: fc.constantFrom("", "/", "—", " ").map((text) => ({ value: null, text })) },
  );

function webCopy(report: Report, typed: Map<string, string>): string {
  const lines = [`${report.unit.name}${report.year}年政府信息公开工作年度报告`, "一、总体情况", "本年度工作情况良好。"];
  for (const s of gov2021.sections) {
    if (!s.table) continue;
    lines.push(s.heading);
    for (const row of tableLayout(gov2021.tables[s.table]).rows) lines.push(row.map((c) => (c.path ? typed.get(c.path)! : c.text)).join("\t"));
  }
  lines.push("五、存在的主要问题及改进情况", "无。", "六、其他需要报告的事项", "无。");
  return lines.join("\n");
}

describe("text copied from a web page", () => {
  it("gives back every value, blanks included (200 cases)", () => {
    fc.assert(
      fc.property(fc.tuple(...defs.map((d) => typedArb(d.kind))), (cells) => {
        let report = emptyReport(gov2021, { unitName: "城关镇", year: 2024 });
        const typed = new Map<string, string>();
        defs.forEach((d, i) => {
          report = setPath(report, d.path, cells[i]!.value);
          typed.set(d.path, cells[i]!.text);
        });
        const r = importReport({ text: webCopy(report, typed) });
        if (!r.ok) throw new Error(r.error);
        const diff = defs.filter((d) => getPath(r.report, d.path) !== getPath(report, d.path)).map((d) => `${d.path}: ${String(getPath(r.report, d.path))} ≠ ${String(getPath(report, d.path))}`);
        if (diff.length || r.unread.length) throw new Error([...diff, ...r.unread].join("\n"));
      }),
      { numRuns: 200 },
    );
  });
});
