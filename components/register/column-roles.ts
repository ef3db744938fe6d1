// What each register column can mean, in the clerk's words (the confirmation panel's column choices).
import type { ColumnRole, RegisterKind, ValueField } from "@/lib/register/types";

const REQUEST_ROLES: [ColumnRole, string][] = [
  ["applicantType", "申请人类型（自然人、企业……）"],
  ["received", "收到申请的日期"],
  ["answered", "答复（办结）日期"],
  ["outcome", "处理结果（答复情况）"],
  ["reason", "不予公开、无法提供等的理由"],
  ["withdrawn", "是否撤回申请"],
];
const APPEAL_ROLES: [ColumnRole, string][] = [
  ["caseType", "案件类型（行政复议、行政诉讼）"],
  ["filed", "收到（立案）日期"],
  ["closed", "审结日期"],
  ["result", "结果（维持、纠正……）"],
];
const COMMON: [ColumnRole, string][] = [
  ["private", "申请人姓名、证件号、电话、申请内容等（不读取）"],
  ["ignored", "不使用这一列"],
];

export function columnRoles(kind: RegisterKind): [ColumnRole, string][] {
  return [...(kind === "requests" ? REQUEST_ROLES : APPEAL_ROLES), ...COMMON];
}

export const FIELD_TITLES: Record<ValueField, string> = {
  applicantType: "申请人类型",
  outcome: "处理结果",
  caseType: "案件类型",
  result: "结果",
};

export const KIND_TITLES: Record<RegisterKind, { register: string; template: string }> = {
  requests: { register: "政府信息公开申请登记台账", template: "政府信息公开申请登记台账（模板）.xlsx" },
  appeals: { register: "行政复议、行政诉讼案件台账", template: "行政复议行政诉讼案件台账（模板）.xlsx" },
};
