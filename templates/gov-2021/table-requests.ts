// 表三 收到和处理政府信息公开申请情况 — labels exactly as in the attachment to 国办公开办函〔2021〕30号.
import type { AxisNode, GridTable } from "../../lib/format/types";

const withheld: AxisNode[] = [
  { key: "stateSecret", label: "1.属于国家秘密" },
  { key: "lawProhibited", label: "2.其他法律行政法规禁止公开" },
  { key: "threeSecurity", label: "3.危及“三安全一稳定”" },
  { key: "thirdParty", label: "4.保护第三方合法权益" },
  { key: "internalAffairs", label: "5.属于三类内部事务信息" },
  { key: "processInfo", label: "6.属于四类过程性信息" },
  { key: "enforcementFiles", label: "7.属于行政执法案卷" },
  { key: "inquiryMatters", label: "8.属于行政查询事项" },
];

const unavailable: AxisNode[] = [
  { key: "notHeld", label: "1.本机关不掌握相关政府信息" },
  { key: "needsCreation", label: "2.没有现成信息需要另行制作" },
  { key: "stillUnclear", label: "3.补正后申请内容仍不明确" },
];

const notProcessed: AxisNode[] = [
  { key: "petition", label: "1.信访举报投诉类申请" },
  { key: "repeated", label: "2.重复申请" },
  { key: "publications", label: "3.要求提供公开出版物" },
  { key: "excessive", label: "4.无正当理由大量反复申请" },
  { key: "confirmation", label: "5.要求行政机关确认或重新出具已获取信息" },
];

const otherHandling: AxisNode[] = [
  { key: "noCorrection", label: "1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请" },
  { key: "feeUnpaid", label: "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请" },
  { key: "otherReason", label: "3.其他" },
];

const outcomeParts: AxisNode[] = [
  { key: "granted", label: "（一）予以公开" },
  { key: "partlyGranted", label: "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", name: "（二）部分公开" },
  { key: "withheld", label: "（三）不予公开", children: withheld },
  { key: "unavailable", label: "（四）无法提供", children: unavailable },
  { key: "notProcessed", label: "（五）不予处理", children: notProcessed },
  { key: "otherHandling", label: "（六）其他处理", children: otherHandling },
];

/** 「（七）总计」= the 21 result rows above it (表三 勾稽关系 T3-2). */
const outcomeKeys = outcomeParts.flatMap((n) => (n.children ? n.children.map((c) => c.key) : [n.key]));

const applicantKeys = ["natural", "business", "research", "nonprofit", "legal", "otherOrg"] as const;

export const requestsTable: GridTable = {
  type: "grid",
  key: "requests",
  name: "表三",
  kind: "count",
  corner: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
  rowLabels: true,
  rows: [
    { key: "received", label: "一、本年新收政府信息公开申请数量", short: "一" },
    { key: "carriedOver", label: "二、上年结转政府信息公开申请数量", short: "二" },
    {
      key: "outcome",
      label: "三、本年度办理结果",
      children: [
        ...outcomeParts,
        {
          key: "outcomeTotal",
          label: "（七）总计",
          short: "（七）总计",
          total: { rule: "requests.outcome-total", of: outcomeKeys, addendsLabel: "（一）至（六）各项之和" },
        },
      ],
    },
    { key: "carriedForward", label: "四、结转下年度继续办理", short: "四" },
  ],
  columns: [
    {
      key: "applicants",
      label: "申请人情况",
      children: [
        { key: "natural", label: "自然人" },
        {
          key: "organisations",
          label: "法人或其他组织",
          children: [
            { key: "business", label: "商业企业" },
            { key: "research", label: "科研机构" },
            { key: "nonprofit", label: "社会公益组织" },
            { key: "legal", label: "法律服务机构" },
            { key: "otherOrg", label: "其他", name: "法人或其他组织·其他" },
          ],
        },
        {
          key: "total",
          label: "总计",
          total: { rule: "requests.row-total", of: applicantKeys, addendsLabel: "六类申请人之和" },
        },
      ],
    },
  ],
};
