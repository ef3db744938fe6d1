// Field corpus: the table layouts of issue #21 — each written as a .docx (report-docx.ts) and the same .docx
// printed to PDF by LibreOffice, as a county reviewer receives them. Every case is made from seeded data.
import { cellPath } from "../../lib/format/cell-path";
import type { GridTable } from "../../lib/format/types";
import type { Report } from "../../lib/report/types";
import { getPath, setPath } from "../../lib/values/object-path";
import { gov2021 } from "../../templates/gov-2021";
import { docxToPdf, hasLibreOffice } from "../libreoffice";
import { reportDocx, type TableLayoutOptions } from "./report-docx";
import { fieldSource } from "./source-data";
import type { FieldCase } from "./types";

const requests = gov2021.tables.requests as GridTable;
const COLS = ["natural", "business", "research", "nonprofit", "legal", "otherOrg", "total"];

/** A one-row （六）其他处理 counts all its cases in one row: the source has them in 3.其他, sub-rows 1–2 unprinted. */
function foldOther(source: Report): { source: Report; notPrinted: string[] } {
  let out = source;
  const notPrinted: string[] = [];
  for (const col of COLS) {
    const at = (row: string) => cellPath(requests, row, col);
    const n = (row: string) => Number(getPath(out, at(row)) ?? 0);
    out = setPath(out, at("otherReason"), n("otherReason") + n("noCorrection") + n("feeUnpaid"));
    for (const row of ["noCorrection", "feeUnpaid"]) {
      out = setPath(out, at(row), null);
      notPrinted.push(at(row));
    }
  }
  return { source: out, notPrinted };
}

type Variant = { layout: string; name: string; options: TableLayoutOptions; blanks?: boolean };

/** The layouts: where a merged label sits, how labels are printed, how 表三 breaks. */
export const TABLE_VARIANTS: Variant[] = [
  { layout: "分组标签：合并单元格居上", name: "vMerge, vAlign top", options: { group: { merge: "vmerge", align: "top" } } },
  { layout: "分组标签：合并单元格居中（WPS）", name: "vMerge, vAlign center", options: { group: { merge: "vmerge", align: "center" } } },
  { layout: "分组标签：合并单元格居下", name: "vMerge, vAlign bottom", options: { group: { merge: "vmerge", align: "bottom" } } },
  { layout: "分组标签：未合并，写在首行", name: "unmerged, label in the first row", options: { group: { merge: "none", at: "top" } } },
  { layout: "分组标签：未合并，写在中间行", name: "unmerged, label in the middle row", options: { group: { merge: "none", at: "middle" } } },
  { layout: "分组标签：未合并，写在末行", name: "unmerged, label in the last row", options: { group: { merge: "none", at: "bottom" } } },
  { layout: "分组标签：单独一行", name: "group label on a row of its own", options: { group: { merge: "own-row" } } },
  { layout: "（六）其他处理只有一行", name: "one-row （六） in a 2021 report", options: { singleOther: true } },
  { layout: "竖排表头：文字方向", name: "三、本年度办理结果 in vertical text direction", options: { vertical: "direction" } },
  { layout: "竖排表头：逐字换行", name: "三、本年度办理结果 one character per line", options: { vertical: "stacked" } },
  {
    layout: "标签错字、漏字",
    name: "typo'd labels",
    options: { typos: { "2.其他法律行政法规禁止公开": "2.其他法律行政止公开", "4.保护第三方合法权益": "4.保护第三方合法杈益", "3.补正后申请内容仍不明确": "3.补正后申请内容仍不明碓" } },
  },
  { layout: "标签字间加空格、折行", name: "letter-spaced and broken labels", options: { spaced: true, broken: true } },
  // Space before 表三 in steps of 400 twips moves the page break through every row of it (LibreOffice, the
  // fonts of test-support/docx-utils.ts): before and after each group label, inside a split row, a label
  // centred over rows on two pages — the layout of the WPS report in issue #21.
  ...Array.from({ length: 13 }, (_, i) => i * 400).map((space) => ({
    layout: "表三跨页",
    name: `表三 over a page break (${space} twips before it)`,
    options: { spaceBefore: space, group: { merge: "vmerge", align: "center" } } as TableLayoutOptions,
  })),
  { layout: "表三跨页", name: "表三 with tall rows over two pages", options: { tall: true, group: { merge: "vmerge", align: "center" } } },
  { layout: "表三无框线", name: "表三 without ruling lines, group labels centred", options: { noBorders: true } },
  { layout: "空格不填 0", name: "zero cells left empty", options: {}, blanks: true },
];

let cached: Promise<FieldCase[]> | undefined;

/** Every variant as a .docx and, when LibreOffice is here, as the PDF it prints. */
export function tableLayoutCases(): Promise<FieldCase[]> {
  cached ??= (async () => {
    const made = TABLE_VARIANTS.map((v, i) => {
      const raw = fieldSource({ seed: 2100 + i, blanks: v.blanks });
      const { source, notPrinted } = v.options.singleOther ? foldOther(raw) : { source: raw, notPrinted: undefined };
      return { v, source, notPrinted, docx: reportDocx(source, v.options) };
    });
    const cases: FieldCase[] = made.map(({ v, source, notPrinted, docx }) => ({
      layout: `Word：${v.layout}`,
      name: v.name,
      input: { name: `${v.layout}.docx`, bytes: docx },
      source,
      notPrinted,
      verdict: "gov-2021",
    }));
    if (!hasLibreOffice()) return cases;
    const pdfs = docxToPdf(made.map((m) => m.docx));
    made.forEach(({ v, source, notPrinted }, i) =>
      cases.push({ layout: `PDF：${v.layout}`, name: `${v.name}, printed by LibreOffice`, input: { name: `${v.layout}.pdf`, bytes: pdfs[i]! }, source, notPrinted, verdict: "gov-2021" }),
    );
    return cases;
  })();
  return cached;
}
