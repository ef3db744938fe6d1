// The columns of 审核结果 — one list for the CLI's table, the workbook and the page — and the words a row's
// values are shown with (status, format, unit kind from templates/gov-2021).
import { unitKinds } from "../../templates/gov-2021/unit-kinds";
import type { ExclusionReason, KeyFigures, ReviewEntry, ReviewStatus } from "./types";

export const STATUS_NAMES: Record<ReviewStatus, string> = { pass: "通过", errors: "有错误", obsolete: "旧格式", unreadable: "无法读取" };

export const FORMAT_NAMES: Record<NonNullable<ReviewEntry["format"]>, string> = { "gov-2021": "2021", "gov-2019": "2019（已废止）" };

export const EXCLUSION_NAMES: Record<ExclusionReason, string> = { obsolete: "旧格式", unreadable: "无法读取", "wrong-year": "非本年度", duplicate: "重复提交" };

export const FIGURE_NAMES: Record<keyof KeyFigures, string> = {
  received: "本年新收",
  outcomeTotal: "办理结果总计",
  carriedForward: "结转下年度",
  reconsiderationTotal: "行政复议",
  litigationTotal: "行政诉讼",
};

/** 「可能是…，请核对」: a roster line and a report whose names are alike but not for certain the same unit. */
export const probableText = (unit: string) => `可能是「${unit}」，请核对`;

/** A report summed in the 汇总 with errors in its own tables: how the page and the workbook name them. */
export const tableErrorsText = (n: number) => `表格错误 ${n} 处`;

export const unitKindName = (key: string) => unitKinds.find((k) => k.key === key)?.label ?? "";

export type Column = { title: string; value: (e: ReviewEntry) => string | number | null };

const figure = (k: keyof KeyFigures): Column => ({ title: FIGURE_NAMES[k], value: (e) => e.figures[k] });

/** 审核结果, left to right: 单位, 单位类型, 年度, 格式, 状态, 错误, 提示, the key figures, 上年雷同, 文件, 说明. */
export const REVIEW_COLUMNS: Column[] = [
  { title: "单位", value: (e) => e.unit },
  { title: "单位类型", value: (e) => unitKindName(e.unitKind) },
  { title: "年度", value: (e) => e.year },
  { title: "格式", value: (e) => (e.format ? FORMAT_NAMES[e.format] : "") },
  { title: "状态", value: (e) => STATUS_NAMES[e.status] },
  { title: "错误", value: (e) => e.errors },
  { title: "提示", value: (e) => e.warnings },
  ...(Object.keys(FIGURE_NAMES) as (keyof KeyFigures)[]).map(figure),
  { title: "与上年雷同", value: (e) => (e.repeatedShare === undefined ? "" : `${Math.round(e.repeatedShare * 100)}%`) },
  // The file's path as given (its identity: two 「报告.docx」 of two folders are two rows, told apart here).
  { title: "文件", value: (e) => e.id },
  { title: "说明", value: (e) => e.error ?? "" },
];
