// Property: .docx tables written by other tools — labels with half-width brackets, 「1、」, stray
// spaces; values typed as full-width digits, 「1,234」, or left blank / 「/」 / 「—」 — read back exactly.
import { Document, Packer, Paragraph, Table, TableCell, TableRow } from "docx";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cellDefs } from "../../../format/cell-path";
import { tableLayout } from "../../../format/table-layout";
import type { CellValue } from "../../../report/types";
import { getPath } from "../../../values/object-path";
import { gov2021 } from "../../../../templates/gov-2021";
import { importReport } from "../../build/import-report";

const defs = cellDefs(gov2021);
type Typed = { value: CellValue; text: string };

const fullWidth = (s: string) => s.replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const typedArb = (kind: string): fc.Arbitrary<Typed> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.nat(99_999).map((v) => ({ value: v, text: String(v) })) },
    { weight: 1, arbitrary: fc.nat(999).map((v) => ({ value: v, text: fullWidth(String(v)) })) },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 999_999 }).map((v) => ({ value: v, text: v.toLocaleString("en-US") })) },
    { weight: 1, arbitrary: fc.constantFrom("", "/", "—", "－").map((text) => ({ value: null, text })) },
    ...(kind === "amount" ? [{ weight: 2, arbitrary: fc.integer({ min: 0, max: 999_999 }).map((n) => ({ value: n / 100, text: String(n / 100) })) }] : []),
  );

/** How another template might spell a label. */
const labelStyle = fc.record({ halfBrackets: fc.boolean(), comma: fc.boolean(), space: fc.boolean(), quotes: fc.boolean() });
function spell(label: string, s: { halfBrackets: boolean; comma: boolean; space: boolean; quotes: boolean }): string {
  let t = label;
  if (s.halfBrackets) t = t.replace(/（/g, "(").replace(/）/g, ")");
  if (s.comma) t = t.replace(/^(\d)\./, "$1、").replace(/、行政机关/, "，行政机关");
  if (s.quotes) t = t.replace(/[“”]/g, '"');
  if (s.space && t.length > 3) t = `${t.slice(0, 2)} ${t.slice(2)}`;
  return t;
}

function docxOf(typed: Map<string, string>, style: Parameters<typeof spell>[1]): Document {
  const children: (Paragraph | Table)[] = [new Paragraph("某镇2024年政府信息公开工作年度报告"), new Paragraph("一、总体情况")];
  for (const s of gov2021.sections) {
    if (!s.table) continue;
    children.push(new Paragraph(s.heading));
    const rows = tableLayout(gov2021.tables[s.table]).rows.map(
      (row) =>
        new TableRow({
          children: row.map((c) => new TableCell({ columnSpan: c.colSpan, rowSpan: c.rowSpan, children: [new Paragraph(c.path ? typed.get(c.path)! : spell(c.text, style))] })),
        }),
    );
    children.push(new Table({ rows }));
  }
  children.push(new Paragraph("五、存在的主要问题及改进情况"), new Paragraph("六、其他需要报告的事项"));
  return new Document({ sections: [{ children }] });
}

describe(".docx tables typed in other templates", () => {
  it("read back exactly, blanks included (100 cases)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.tuple(...defs.map((d) => typedArb(d.kind))), labelStyle, async (cells, style) => {
        const typed = new Map(defs.map((d, i) => [d.path, cells[i]!.text]));
        const bytes = new Uint8Array(await Packer.toBuffer(docxOf(typed, style)));
        const r = importReport({ name: "x.docx", bytes });
        if (!r.ok) throw new Error(r.error);
        const diff = defs.filter((d, i) => getPath(r.report, d.path) !== cells[i]!.value).map((d) => `${d.path}: ${String(getPath(r.report, d.path))}（原文 “${typed.get(d.path)}”）`);
        if (diff.length || r.unread.length) throw new Error([...diff, ...r.unread].join("\n"));
      }),
      { numRuns: 100 },
    );
  });
});
