// 插入参考段落: a part's model text with {unit} {year} and table figures filled in.
// Figures come from the report's totals (表三 总计 column, 表四 总计), so the prose matches the tables.
import type { ReportFormat } from "../format/types";
import { cellPath } from "../format/cell-path";
import { getPath } from "../values/object-path";
import { cellNumber, parseCell } from "../values/parse";
import { withTotals } from "../grid/totals";
import type { Report } from "../report/types";

export type ModelVars = Record<string, string | number>;

/** Replaces every {name}; a placeholder without a value stays visible as 「{name}」 for the clerk to fix. */
export function fillModel(model: string, vars: ModelVars): string {
  return model.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function modelVars(report: Report, format: ReportFormat): ModelVars {
  const r = withTotals(report, format);
  const num = (path: string) => cellNumber(parseCell(getPath(r, path))) ?? 0;
  const requests = format.tables.requests;
  const appeals = format.tables.appeals;
  const req = (row: string) => num(cellPath(requests, row, "total"));
  const app = (group: string) => num(cellPath(appeals, "cases", `${group}.total`));
  return {
    unit: report.unit.name.trim() || "本机关",
    year: report.year,
    received: req("received"),
    carriedOver: req("carriedOver"),
    concluded: req("outcomeTotal"),
    granted: req("granted"),
    carriedForward: req("carriedForward"),
    reviewTotal: app("review"),
    litigationTotal: app("direct") + app("afterReview"),
    feeStatement: feeStatement(report),
  };
}

/** 信息处理费 as answered in 六 (the radio buttons above the paragraph). */
function feeStatement(report: Report): string {
  const amount = cellNumber(parseCell(report.infoFee.amountYuan));
  if (report.infoFee.status === "collected" && amount !== null && amount > 0) return `共收取政府信息公开信息处理费${amount}元`;
  return "未收取政府信息公开信息处理费";
}

/** Text after inserting the model: replaces an empty field, otherwise appended as a new paragraph. */
export function insertModel(current: string, filled: string): string {
  return current.trim() ? `${current.replace(/\s+$/, "")}\n${filled}` : filled;
}
