// 表四 政府信息公开行政复议、行政诉讼情况 — one data row, 15 cells (unchanged since 2019).
import type { AxisNode, GridTable } from "../../lib/format/types";

const outcomes = (group: string): AxisNode[] => [
  { key: "upheld", label: "结果维持" },
  { key: "corrected", label: "结果纠正" },
  { key: "otherResult", label: "其他结果" },
  { key: "pending", label: "尚未审结" },
  {
    key: "total",
    label: "总计",
    // 表四 T4-1: 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结, per group.
    total: {
      rule: "appeals.group-total",
      of: ["upheld", "corrected", "otherResult", "pending"].map((k) => `${group}.${k}`),
      addendsLabel: "结果维持+结果纠正+其他结果+尚未审结",
    },
  },
];

export const appealsTable: GridTable = {
  type: "grid",
  key: "appeals",
  name: "表四",
  kind: "count",
  rowLabels: false,
  rows: [{ key: "cases", label: "" }],
  columns: [
    { key: "review", label: "行政复议", namespace: true, children: outcomes("review") },
    {
      key: "litigation",
      label: "行政诉讼",
      children: [
        { key: "direct", label: "未经复议直接起诉", namespace: true, children: outcomes("direct") },
        { key: "afterReview", label: "复议后起诉", namespace: true, children: outcomes("afterReview") },
      ],
    },
  ],
};
