// What each register column can mean, in the clerk's words (the confirmation panel's column choices).
import type { ColumnRole, RegisterKind, ValueField } from "@/lib/register/types";
import { roleLabels } from "@/lib/register/messages";

const ROLES: Record<RegisterKind, ColumnRole[]> = {
  requests: ["applicantType", "received", "answered", "outcome", "reason", "withdrawn", "private", "ignored"],
  appeals: ["caseType", "filed", "closed", "result", "private", "ignored"],
};

/** The meanings a column of this register can have, named as the register core names them. */
export function columnRoles(kind: RegisterKind): [ColumnRole, string][] {
  return ROLES[kind].map((r) => [r, roleLabels[r]]);
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
