// 表二 主动公开政府信息情况 — four stacked blocks (条例第二十条第（一）（五）（六）（八）项).
import type { StackedTable } from "../../lib/format/types";

export const proactiveTable: StackedTable = {
  type: "stacked",
  key: "proactive",
  name: "表二",
  valueColumns: 3,
  blocks: [
    {
      key: "regulations",
      caption: "第二十条第（一）项",
      headLabel: "信息内容",
      kind: "count",
      rows: [
        { key: "rules", label: "规章" },
        { key: "normativeDocs", label: "行政规范性文件" },
      ],
      columns: [
        { key: "issued", label: "本年制发件数" },
        { key: "repealed", label: "本年废止件数" },
        { key: "inForce", label: "现行有效件数" },
      ],
    },
    {
      key: "licensing",
      caption: "第二十条第（五）项",
      headLabel: "信息内容",
      kind: "count",
      rows: [{ key: "licensing", label: "行政许可" }],
      columns: [{ key: "decisions", label: "本年处理决定数量" }],
    },
    {
      key: "penalties",
      caption: "第二十条第（六）项",
      headLabel: "信息内容",
      kind: "count",
      rows: [
        { key: "penalty", label: "行政处罚" },
        { key: "enforcement", label: "行政强制" },
      ],
      columns: [{ key: "decisions", label: "本年处理决定数量" }],
    },
    {
      key: "fees",
      caption: "第二十条第（八）项",
      headLabel: "信息内容",
      kind: "amount",
      rows: [{ key: "fees", label: "行政事业性收费" }],
      columns: [{ key: "amount", label: "本年收费金额（单位：万元）", name: "本年收费金额" }],
    },
  ],
};
