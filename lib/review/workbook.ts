// 审核台 export: one .xlsx made with exceljs — 审核结果 (one row per report), 问题清单 (one row per issue:
// 单位, 规则, 位置, 说明), 汇总 (表二/表三/表四 with their merged headers, drawn from the same tableLayout as the
// .docx, then who is in and who is left out) and 未提交 (the roster's missing units, duplicates, units not on
// it, reports of another year). Loaded on demand by the page (import()); exceljs is heavy. Every text cell
// passes the one text hygiene (cleanText) on the way out, whatever it came from (a unit name, an importer's
// message, a file name): a U+FFFE or a control character would make a part ill-formed XML, and Excel and WPS
// "repair" such a file by dropping every text.
import ExcelJS from "exceljs";
import { cleanText } from "../text/hygiene";
import { tableLayout } from "../format/table-layout";
import type { TableKey } from "../format/types";
import { getPath } from "../values/object-path";
import { printCell } from "../values/format-number";
import { gov2021 } from "../../templates/gov-2021";
import { EXCLUSION_NAMES, REVIEW_COLUMNS, tableErrorsText } from "./columns";
import { locationOf } from "./location";
import { probableText } from "./roster";
import { cellColumns } from "../format/cell-columns";
import type { BatchReview, ReviewEntry } from "./types";

export const SHEETS = { results: "审核结果", issues: "问题清单", rollUp: "汇总", missing: "未提交" } as const;
const TABLES: TableKey[] = ["proactive", "requests", "appeals"];
const BOLD = { bold: true };
const THIN = { style: "thin" } as const;
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function resultsSheet(wb: ExcelJS.Workbook, batch: BatchReview) {
  const ws = wb.addWorksheet(SHEETS.results, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(REVIEW_COLUMNS.map((c) => c.title)).font = BOLD;
  for (const e of batch.entries) ws.addRow(REVIEW_COLUMNS.map((c) => c.value(e) ?? ""));
  ws.columns.forEach((col, i) => (col.width = i === 0 || i === REVIEW_COLUMNS.length - 2 ? 32 : 12));
}

function issuesSheet(wb: ExcelJS.Workbook, batch: BatchReview) {
  const ws = wb.addWorksheet(SHEETS.issues, { views: [{ state: "frozen", ySplit: 1 }] });
  ws.addRow(["单位", "文件", "级别", "规则", "位置", "说明"]).font = BOLD;
  for (const e of batch.entries) {
    if (e.status === "unreadable") ws.addRow([e.unit, e.id, "错误", "", "", e.error ?? ""]);
    for (const i of e.issues) ws.addRow([e.unit, e.id, i.severity === "error" ? "错误" : "提示", i.rule, locationOf(i.cells[0]), i.message]);
  }
  [24, 28, 6, 24, 36, 80].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** One table of the roll-up at `top` (1-based row); returns the next free row. */
function rollUpTable(ws: ExcelJS.Worksheet, batch: BatchReview, key: TableKey, top: number): number {
  const table = gov2021.tables[key];
  const section = gov2021.sections.find((s) => s.table === key);
  ws.getCell(top, 1).value = section?.heading ?? table.name;
  ws.getCell(top, 1).font = BOLD;
  const layout = tableLayout(table);
  const first = top + 1;
  const starts = cellColumns(layout);
  for (const [row, cells] of layout.rows.entries()) {
    for (const [j, cell] of cells.entries()) {
      const col = starts[row]![j]!;
      const r = first + row;
      const c = 1 + col;
      const target = ws.getCell(r, c);
      if (cell.role === "value" && cell.path) {
        const raw = getPath(batch.rollUp, cell.path);
        const kind = table.type === "grid" ? table.kind : "count";
        target.value = typeof raw === "number" ? raw : kind === "amount" || typeof raw === "string" ? Number(printCell(raw, "amount")) : 0;
        if (typeof raw === "string") target.numFmt = "0.####";
      } else {
        target.value = cell.text;
        target.alignment = { wrapText: true, vertical: "middle", horizontal: cell.role === "row-header" ? "left" : "center" };
      }
      if (cell.rowSpan > 1 || cell.colSpan > 1) ws.mergeCells(r, c, r + cell.rowSpan - 1, c + cell.colSpan - 1);
      for (let rr = r; rr < r + cell.rowSpan; rr++) for (let cc = c; cc < c + cell.colSpan; cc++) ws.getCell(rr, cc).border = BORDER;
    }
  }
  return first + layout.rows.length + 1;
}

function rollUpSheet(wb: ExcelJS.Workbook, batch: BatchReview) {
  const ws = wb.addWorksheet(SHEETS.rollUp);
  ws.getCell(1, 1).value = `${batch.year ?? ""}年度政府信息公开工作年度报告汇总（纳入 ${batch.rollUp.included.length} 份）`;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  let row = 3;
  for (const key of TABLES) row = rollUpTable(ws, batch, key, row);
  ws.getCell(row, 1).value = "汇总核对";
  ws.getCell(row++, 1).font = BOLD;
  if (batch.rollUp.issues.length === 0) ws.getCell(row++, 1).value = "汇总表勾稽关系无误";
  for (const i of batch.rollUp.issues) ws.getCell(row++, 1).value = i.message;
  row++;
  ws.getCell(row, 1).value = "纳入汇总的单位";
  ws.getCell(row++, 1).font = BOLD;
  for (const i of batch.rollUp.included) ws.getRow(row++).values = [i.unit, i.entryId, ...(i.tableErrors > 0 ? [`${tableErrorsText(i.tableErrors)}（按原数计入）`] : [])];
  row++;
  ws.getCell(row, 1).value = "未纳入汇总";
  ws.getCell(row++, 1).font = BOLD;
  for (const x of batch.rollUp.excluded) ws.getRow(row++).values = [x.unit, x.entryId, EXCLUSION_NAMES[x.reason]];
  ws.getColumn(1).width = 30;
  ws.getColumn(2).width = 24;
  for (let c = 3; c <= 16; c++) ws.getColumn(c).width = 10;
}

function missingSheet(wb: ExcelJS.Workbook, batch: BatchReview) {
  const ws = wb.addWorksheet(SHEETS.missing);
  ws.addRow(["类别", "单位", "文件", "说明"]).font = BOLD;
  const byId = new Map<string, ReviewEntry>(batch.entries.map((e) => [e.id, e]));
  const r = batch.roster;
  if (!r) {
    ws.addRow(["未提供名单", "", ""]);
  } else {
    for (const name of r.missing) {
      const alike = r.probable.filter((p) => p.name === name).map((p) => probableText(`${byId.get(p.entryId)?.unit ?? ""}（${p.entryId}）`));
      ws.addRow(["未提交", name, "", ...(alike.length ? [alike.join("；")] : [])]);
    }
    for (const d of r.duplicates) for (const id of d.entryIds) ws.addRow(["重复提交", d.name, id]);
    for (const id of r.notOnRoster) {
      const alike = r.probable.filter((p) => p.entryId === id).map((p) => probableText(p.name));
      ws.addRow(["不在名单内", byId.get(id)?.unit ?? "", id, ...(alike.length ? [alike.join("；")] : [])]);
    }
    for (const id of r.wrongYear) ws.addRow([`非${batch.year ?? ""}年度（${byId.get(id)?.year ?? "?"}年度）`, byId.get(id)?.unit ?? "", id]);
  }
  [22, 32, 40, 40].forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

/** Every text cell of every sheet, cleaned (the names entered clean; messages and paths are cleaned here). */
function cleanCells(wb: ExcelJS.Workbook) {
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (typeof cell.value === "string") cell.value = cleanText(cell.value);
      }),
    ),
  );
}

export async function buildWorkbook(batch: BatchReview): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "年报助手";
  resultsSheet(wb, batch);
  issuesSheet(wb, batch);
  rollUpSheet(wb, batch);
  missingSheet(wb, batch);
  cleanCells(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
