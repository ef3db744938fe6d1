// Field corpus: a report as Word, WPS or a clerk lays its tables out — the official 表二/表三/表四 with the
// group labels of 表三 merged, unmerged or on their own row, 三、本年度办理结果 written vertically, labels
// letter-spaced, broken or typo'd, （六）其他处理 as one row, 表三 split over pages — written as a .docx
// (ooxml.ts). Labels come from the format (templates/gov-2021), never retyped here.
import type { AxisNode, GridTable, StackedTable } from "../../lib/format/types";
import { cellPath } from "../../lib/format/cell-path";
import { leaves } from "../../lib/format/walk";
import type { Report } from "../../lib/report/types";
import { getPath } from "../../lib/values/object-path";
import { gov2021 } from "../../templates/gov-2021";
import { docxPackage, para, table, type XCell } from "./ooxml";

export type GroupLabel =
  | { merge: "vmerge"; align: "top" | "center" | "bottom" }
  | { merge: "none"; at: "top" | "middle" | "bottom" }
  | { merge: "own-row" };

export type TableLayoutOptions = {
  group?: GroupLabel;
  /** （六）其他处理 printed as one row carrying numbers (its sub-rows absent); the source's are in 3.其他. */
  singleOther?: boolean;
  /** 三、本年度办理结果 written vertically: Word's text direction, or one character per line. */
  vertical?: "direction" | "stacked";
  /** Printed label for a template label (typos, dropped characters). */
  typos?: Record<string, string>;
  /** Labels letter-spaced (「自 然 人」) or broken over two lines. */
  spaced?: boolean;
  broken?: boolean;
  /** Tall rows, so 表三 runs over a page break (LibreOffice splits it; the footer sits between). */
  tall?: boolean;
  /** Space before 表三 (twips), to move where its page break falls. */
  spaceBefore?: number;
  /** 表三 printed without ruling lines (read by the gaps between its columns). */
  noBorders?: boolean;
};

const requests = gov2021.tables.requests as GridTable;
const appeals = gov2021.tables.appeals as GridTable;
const proactive = gov2021.tables.proactive as StackedTable;

const valueText = (report: Report, path: string): string => {
  const v = getPath(report, path);
  return v === null || v === undefined ? "" : String(v);
};

function labelText(label: string, o: TableLayoutOptions): string {
  let t = o.typos?.[label] ?? label;
  if (o.spaced && t.length <= 8) t = [...t].join(" ");
  if (o.broken && t.length > 10) t = `${t.slice(0, Math.ceil(t.length / 2))}\n${t.slice(Math.ceil(t.length / 2))}`;
  return t;
}

/** The cells of a label spanning `n` rows, for row `i` of its span, in the layout asked for. */
function spanCell(text: string, i: number, n: number, o: TableLayoutOptions, extra: Partial<XCell> = {}): XCell {
  const g = o.group ?? { merge: "vmerge", align: "center" };
  if (n === 1) return { text, ...extra };
  if (g.merge === "vmerge") return { text: i === 0 ? text : "", vMerge: i === 0 ? "restart" : "continue", vAlign: g.align, ...extra };
  if (g.merge === "none") {
    const at = g.at === "top" ? 0 : g.at === "bottom" ? n - 1 : Math.floor(n / 2);
    return { text: i === at ? text : "", ...extra };
  }
  return { text: "", ...extra }; // own-row: the label has a row of its own above
}

function requestRows(report: Report, o: TableLayoutOptions): XCell[][] {
  const cols = leaves(requests.columns);
  const values = (rowId: string): XCell[] => cols.map((c) => ({ text: valueText(report, cellPath(requests, rowId, c.id)) }));
  const empty = (): XCell[] => cols.map(() => ({ text: "" }));
  const outcome = requests.rows.find((r) => r.key === "outcome")!;
  const parts = outcome.children!.map((n) => (o.singleOther && n.key === "otherHandling" ? { ...n, children: undefined } : n));
  const outcomeRows = parts.reduce((k, n) => k + (n.children?.length ?? 1) + (n.children && o.group?.merge === "own-row" ? 1 : 0), 0);
  let at = 0; // row index inside 三、本年度办理结果
  const outcomeCell = () => {
    const vertical = o.vertical === "direction";
    const label = o.vertical === "stacked" ? [...outcome.label].join("\n") : labelText(outcome.label, o);
    return spanCell(label, at++, outcomeRows, { ...o, group: o.group?.merge === "own-row" ? { merge: "vmerge", align: "center" } : o.group }, { vertical });
  };
  const rows: XCell[][] = [];
  for (const top of requests.rows) {
    if (top.key !== "outcome") {
      rows.push([{ text: labelText(top.label, o), span: 3 }, ...values(top.key)]);
      continue;
    }
    for (const part of parts) {
      if (!part.children) {
        const id = part.key === "otherHandling" ? "otherReason" : part.key; // one-row （六）: its numbers are 3.其他's
        rows.push([outcomeCell(), { text: labelText(part.label, o), span: 2 }, ...values(id)]);
        continue;
      }
      if (o.group?.merge === "own-row") rows.push([outcomeCell(), { text: labelText(part.label, o), span: 2 }, ...empty()]);
      part.children.forEach((leaf: AxisNode, i: number) => {
        rows.push([outcomeCell(), spanCell(labelText(part.label, o), i, part.children!.length, o), { text: labelText(leaf.label, o) }, ...values(leaf.key)]);
      });
    }
  }
  return rows;
}

function requestsTable(report: Report, o: TableLayoutOptions): string {
  const orgs = requests.columns[0]!.children![1]!;
  const head: XCell[][] = [
    [{ text: requests.corner!, span: 3, vMerge: "restart" }, { text: requests.columns[0]!.label, span: 7 }],
    [{ text: "", span: 3, vMerge: "continue" }, { text: labelText("自然人", o), vMerge: "restart" }, { text: orgs.label, span: 5 }, { text: "总计", vMerge: "restart" }],
    [{ text: "", span: 3, vMerge: "continue" }, { text: "", vMerge: "continue" }, ...orgs.children!.map((c) => ({ text: labelText(c.label, o) })), { text: "", vMerge: "continue" }],
  ];
  return table([...head, ...requestRows(report, o)], [640, 900, 2300, ...Array(7).fill(690)], { size: 18, rowHeight: o.tall ? 900 : undefined, borders: !o.noBorders });
}

function proactiveTable(report: Report): string {
  const rows: XCell[][] = [];
  for (const b of proactive.blocks) {
    const wide = b.columns.length === 1;
    rows.push([{ text: b.caption, span: 4 }]);
    rows.push([{ text: b.headLabel }, ...b.columns.map((c) => ({ text: c.label, span: wide ? 3 : 1 }))]);
    for (const r of b.rows) rows.push([{ text: r.label }, ...b.columns.map((c) => ({ text: valueText(report, cellPath(proactive, r.key, c.key)), span: wide ? 3 : 1 }))]);
  }
  return table(rows, [2600, 2100, 2100, 2100]);
}

function appealsTable(report: Report): string {
  const [review, litigation] = appeals.columns as [AxisNode, AxisNode];
  const heads = (n: AxisNode) => n.children!.map((c) => ({ text: c.label }));
  const rows: XCell[][] = [
    [{ text: review.label, span: 5 }, { text: litigation.label, span: 10 }],
    [...review.children!.map((c) => ({ text: c.label, vMerge: "restart" as const })), ...litigation.children!.map((g) => ({ text: g.label, span: 5 }))],
    [...review.children!.map(() => ({ text: "", vMerge: "continue" as const })), ...litigation.children!.flatMap(heads)],
    leaves(appeals.columns).map((c) => ({ text: valueText(report, cellPath(appeals, "cases", c.id)) })),
  ];
  return table(rows, Array(15).fill(590), { size: 18 });
}

/** The whole report: title, preamble, the six sections (prose from the source), the tables, signature. */
export function reportBody(report: Report, o: TableLayoutOptions): string {
  const out: string[] = [para(`${report.unit.name}${report.year}年政府信息公开工作年度报告`, { font: "方正小标宋简体", size: 44, align: "center" })];
  out.push(para(report.preamble, { indent: true }));
  for (const s of gov2021.sections) {
    out.push(para(s.heading, { font: "黑体", indent: true }));
    const prose = report.prose[s.key];
    if (s.table === "proactive") out.push(proactiveTable(report));
    else if (s.table === "requests") out.push((o.spaceBefore ? para("", { before: o.spaceBefore }) : "") + requestsTable(report, o));
    else if (s.table === "appeals") out.push(appealsTable(report));
    if (prose?.text) out.push(para(prose.text, { indent: true }));
    for (const p of s.parts ?? []) {
      const text = prose?.parts[p.key];
      if (!text) continue;
      out.push(para(p.heading, { font: "楷体_GB2312", indent: true }), para(text, { indent: true }));
    }
  }
  out.push(para(report.unit.name, { align: "right", before: 600 }), para(report.publishedOn.replace(/^(\d+)-0?(\d+)-0?(\d+)$/, "$1年$2月$3日"), { align: "right" }));
  return out.join("");
}

export const reportDocx = (report: Report, o: TableLayoutOptions = {}): Uint8Array => docxPackage(reportBody(report, o));
