// A blank standard register (#24) so next year starts clean: a title row, one header row, the format's categories
// as drop-down lists (read from templates/ through categoryOptions, on a hidden sheet 「选项」), dates validated
// and shown as 2025-01-05. The only personal column is 申请人 (the clerk may fill it; the tool never reads it).
// Read back through readRegisterFile + proposeMapping, every column and value is recognised for sure.
import type { DataValidation, Worksheet } from "exceljs";
import { categoryOptions } from "../mapping/categories";
import { roleLabels } from "../messages";
import type { ColumnRole, RegisterKind, ValueField } from "../types";

type TemplateColumn = { header: string; role: ColumnRole; width: number; list?: ValueField; date?: boolean };

const NAME: TemplateColumn = { header: "申请人", role: "private", width: 22 };
const NUMBER: TemplateColumn = { header: "序号", role: "ignored", width: 6 };
const NOTE: TemplateColumn = { header: "备注", role: "ignored", width: 24 };

export const TEMPLATE_COLUMNS: Record<RegisterKind, TemplateColumn[]> = {
  requests: [
    NUMBER,
    NAME,
    { header: roleLabels.applicantType, role: "applicantType", width: 20, list: "applicantType" },
    { header: roleLabels.received, role: "received", width: 14, date: true },
    { header: roleLabels.answered, role: "answered", width: 14, date: true },
    { header: roleLabels.outcome, role: "outcome", width: 40, list: "outcome" },
    NOTE,
  ],
  appeals: [
    NUMBER,
    NAME,
    { header: roleLabels.caseType, role: "caseType", width: 20, list: "caseType" },
    { header: roleLabels.filed, role: "filed", width: 14, date: true },
    { header: roleLabels.closed, role: "closed", width: 14, date: true },
    { header: roleLabels.result, role: "result", width: 14, list: "result" },
    NOTE,
  ],
};

const TITLES: Record<RegisterKind, string> = {
  requests: "政府信息公开申请登记台账",
  appeals: "政府信息公开行政复议、行政诉讼案件登记台账",
};

/** Rows the validations cover below the header (a township logs a few dozen a year; a department a few thousand). */
const DATA_ROWS = 5000;
const FIRST_DATA_ROW = 3;
/** 2000-01-01 … 2099-12-31 as Excel serials. */
const DATE_RANGE = [36526, 73050];

/** exceljs keeps a validation per address, a range included (its typings omit the collection). */
function validate(ws: Worksheet, range: string, rule: DataValidation): void {
  (ws as unknown as { dataValidations: { add(address: string, v: DataValidation): void } }).dataValidations.add(range, rule);
}

function column(n: number): string {
  return String.fromCharCode(64 + n);
}

function addLists(ws: Worksheet, lists: ValueField[]): Map<ValueField, string> {
  const refs = new Map<ValueField, string>();
  lists.forEach((field, i) => {
    const options = categoryOptions(field);
    const col = column(i + 1);
    ws.getCell(`${col}1`).value = roleLabels[field];
    options.forEach((o, k) => (ws.getCell(`${col}${k + 2}`).value = o.label));
    refs.set(field, `'${ws.name}'!$${col}$2:$${col}$${options.length + 1}`);
  });
  return refs;
}

export async function registerTemplate(kind: RegisterKind): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = "年报助手";
  const ws = wb.addWorksheet(TITLES[kind].replace(/[、，]/g, ""), { views: [{ state: "frozen", ySplit: 2 }] });
  const lists = wb.addWorksheet("选项", { state: "hidden" });
  const columns = TEMPLATE_COLUMNS[kind];
  const refs = addLists(lists, columns.flatMap((c) => (c.list ? [c.list] : [])));
  ws.mergeCells(1, 1, 1, columns.length);
  ws.getCell("A1").value = TITLES[kind];
  ws.getCell("A1").font = { bold: true, size: 16 };
  ws.getCell("A1").alignment = { horizontal: "center" };
  ws.getRow(2).values = columns.map((c) => c.header);
  ws.getRow(2).font = { bold: true };
  columns.forEach((c, i) => {
    const col = column(i + 1);
    ws.getColumn(i + 1).width = c.width;
    const range = `${col}${FIRST_DATA_ROW}:${col}${FIRST_DATA_ROW + DATA_ROWS - 1}`;
    if (c.list) {
      validate(ws, range, {
        type: "list", allowBlank: true, formulae: [refs.get(c.list)!], showErrorMessage: true,
        errorTitle: "请从下拉列表中选择", error: `「${c.header}」请从下拉列表中选择（按年度报告表格的分类）`,
      });
    }
    if (c.date) {
      ws.getColumn(i + 1).numFmt = "yyyy-mm-dd";
      validate(ws, range, {
        type: "date", operator: "between", allowBlank: true, formulae: DATE_RANGE, showErrorMessage: true,
        errorTitle: "请填写日期", error: `「${c.header}」请填写日期，如 2025-01-05`,
      });
    }
  });
  const buffer = await wb.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
