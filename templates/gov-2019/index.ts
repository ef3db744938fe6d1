// 国办公开办函〔2019〕60号《中华人民共和国政府信息公开工作年度报告格式（试行）》— only as far as the
// importers need to recognise it and map what it shares with the 2021 format (format-2021.md §7).
import type { AxisNode } from "../../lib/format/types";

export type Block2019 = {
  key: string;
  caption: string;
  rows: AxisNode[];
  columns: AxisNode[];
};

/** Where an old 表二 cell goes in the 2021 format (row/col keys of templates/gov-2021 表二), if anywhere. */
export type OldCellTarget = { row: string; col: string };

export type Format2019 = {
  id: "gov-2019";
  name: string;
  /** §7.4 heuristics 1–3: any one of these labels ⇒ old format. */
  markers: string[];
  proactive: Block2019[];
  /** 「row.col」 of an old 表二 cell → 2021 cell; every cell not listed here cannot be mapped. */
  proactiveMap: Record<string, OldCellTarget>;
  /** Old 表三 （六）其他处理 was one data row (§7.2); its numbers go to 2021 （六）3.其他. */
  requestsSingleRow: { group: string; to: string };
};

const itemColumns: AxisNode[] = [
  { key: "lastYearItems", label: "上一年项目数量" },
  { key: "change", label: "本年增/减" },
  { key: "decisions", label: "处理决定数量" },
];

export const gov2019: Format2019 = {
  id: "gov-2019",
  name: "《中华人民共和国政府信息公开工作年度报告格式（试行）》（国办公开办函〔2019〕60号）",
  markers: [
    "本年新制作数量",
    "本年新公开数量",
    "对外公开总数量",
    "上一年项目数量",
    "本年增/减",
    "第二十条第（九）项",
    "政府集中采购",
    "采购项目数量",
    "采购总金额",
    "其他对外管理服务事项",
  ],
  proactive: [
    {
      key: "regulations",
      caption: "第二十条第（一）项",
      rows: [
        { key: "rules", label: "规章" },
        { key: "normativeDocs", label: "规范性文件" },
      ],
      columns: [
        { key: "made", label: "本年新制作数量" },
        { key: "published", label: "本年新公开数量" },
        { key: "total", label: "对外公开总数量" },
      ],
    },
    {
      key: "licensing",
      caption: "第二十条第（五）项",
      rows: [
        { key: "licensing", label: "行政许可" },
        { key: "otherServices", label: "其他对外管理服务事项" },
      ],
      columns: itemColumns,
    },
    {
      key: "penalties",
      caption: "第二十条第（六）项",
      rows: [
        { key: "penalty", label: "行政处罚" },
        { key: "enforcement", label: "行政强制" },
      ],
      columns: itemColumns,
    },
    {
      key: "fees",
      caption: "第二十条第（八）项",
      rows: [{ key: "fees", label: "行政事业性收费" }],
      columns: itemColumns.slice(0, 2),
    },
    {
      key: "procurement",
      caption: "第二十条第（九）项",
      rows: [{ key: "procurement", label: "政府集中采购" }],
      columns: [
        { key: "projects", label: "采购项目数量" },
        { key: "amount", label: "采购总金额" },
      ],
    },
  ],
  // 处理决定数量 (old) and 本年处理决定数量 (new) count the same decisions; nothing else carries over.
  proactiveMap: {
    "licensing.decisions": { row: "licensing", col: "decisions" },
    "penalty.decisions": { row: "penalty", col: "decisions" },
    "enforcement.decisions": { row: "enforcement", col: "decisions" },
  },
  requestsSingleRow: { group: "otherHandling", to: "otherReason" },
};
