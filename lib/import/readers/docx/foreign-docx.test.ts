// .docx files "made by anyone": tables typed by hand in Word/WPS with half-width brackets, 「1、」,
// spaces inside labels, blank, 「/」 and 「—」 cells, merged cells in other shapes and extra subtotal rows.
import { Document, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from "docx";
import { describe, expect, it } from "vitest";
import { getPath } from "../../../values/object-path";
import { importReport } from "../../build/import-report";

type C = string | { t: string; span?: number; merge?: "restart" | "continue" };

const cell = (c: C) => {
  const { t, span, merge } = typeof c === "string" ? { t: c, span: 1, merge: undefined } : c;
  const verticalMerge = merge === "restart" ? VerticalMergeType.RESTART : merge === "continue" ? VerticalMergeType.CONTINUE : undefined;
  return new TableCell({ children: t.split("\n").map((line) => new Paragraph(line)), columnSpan: span, verticalMerge });
};
const table = (rows: C[][]) => new Table({ rows: rows.map((r) => new TableRow({ children: r.map(cell) })) });
const p = (text: string) => new Paragraph(text);
const seven = (v: string) => Array.from({ length: 7 }, () => v);

// 表三 as a WPS template might have it: subtotal rows for （三）（四）, labels with 「1、」 and half-width brackets.
const requestsRows: C[][] = [
  [{ t: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", span: 3 }, { t: "申请人情况", span: 7 }],
  [{ t: "", span: 3 }, "自然人", { t: "法人或其他组织", span: 5 }, "总计"],
  [{ t: "", span: 3 }, "", "商业 企业", "科研\n机构", "社会公益组织", "法律服务机构", "其他", ""],
  [{ t: "一、本年新收政府信息公开申请数量", span: 3 }, "5", "1", "", "/", "—", "0", "6"],
  [{ t: "二、上年结转政府信息公开申请数量", span: 3 }, ...seven("0")],
  [{ t: "三、本年度办理结果", merge: "restart" }, { t: "(一)予以公开", span: 2 }, "3", "1", "0", "0", "0", "0", "4"],
  [{ t: "", merge: "continue" }, { t: "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", span: 2 }, ...seven("0")],
  [{ t: "", merge: "continue" }, { t: "(三)不予公开 小计", span: 2 }, "1", "0", "0", "0", "0", "0", "1"],
  ...["1、属于国家秘密", "2、其他法律行政法规禁止公开", "3、危及\"三安全一稳定\"", "4、保护第三方合法权益", "5、属于三类内部事务信息", "6、属于四类过程性信息", "7、属于行政执法案卷", "8、属于行政查询事项"].map(
    (label, i): C[] => [{ t: "", merge: "continue" }, { t: i === 0 ? "(三)不予公开" : "", merge: i === 0 ? "restart" : "continue" }, label, ...(i === 3 ? ["1", "0", "0", "0", "0", "0", "1"] : seven("0"))],
  ),
  ...["1、本机关不掌握相关政府信息", "2、没有现成信息需要另行制作", "3、补正后申请内容仍不明确"].map((label, i): C[] => [{ t: "", merge: "continue" }, { t: i === 0 ? "(四)无法提供" : "", merge: i === 0 ? "restart" : "continue" }, label, ...seven("0")]),
  ...["1、信访举报投诉类申请", "2、重复申请", "3、要求提供公开出版物", "4、无正当理由大量反复申请", "5、要求行政机关确认或重新出具已获取信息"].map((label, i): C[] => [{ t: "", merge: "continue" }, { t: i === 0 ? "(五)不予处理" : "", merge: i === 0 ? "restart" : "continue" }, label, ...seven("0")]),
  ...[
    "1、申请人无正当理由逾期不补正，行政机关不再处理其政府信息公开申请",
    "2、申请人逾期未按收费通知要求缴纳费用，行政机关不再处理其政府信息公开申请",
    "3、其他",
  ].map((label, i): C[] => [{ t: "", merge: "continue" }, { t: i === 0 ? "(六)其他处理" : "", merge: i === 0 ? "restart" : "continue" }, label, ...(i === 2 ? ["1", "0", "0", "0", "0", "0", "1"] : seven("0"))]),
  [{ t: "", merge: "continue" }, { t: "(七)总计", span: 2 }, "5", "1", "0", "0", "0", "0", "6"],
  [{ t: "四、结转下年度继续办理", span: 3 }, ...seven("0")],
  [{ t: "注：本表由党政办填报", span: 10 }],
];

const proactiveRows: C[][] = [
  [{ t: "第二十条第(一)项", span: 4 }],
  ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
  ["规 章", "/", "/", "/"],
  ["行政规范性文件", "２", "0", "１５"],
  [{ t: "第二十条第(五)项", span: 4 }],
  ["信息内容", { t: "本年处理决定数量", span: 3 }],
  ["行政许可", { t: "1,024", span: 3 }],
  [{ t: "第二十条第(六)项", span: 4 }],
  ["信息内容", { t: "本年处理决定数量", span: 3 }],
  ["行政处罚", { t: "7", span: 3 }],
  ["行政强制", { t: "—", span: 3 }],
  [{ t: "第二十条第(八)项", span: 4 }],
  ["信息内容", { t: "本年收费金额(单位:万元)", span: 3 }],
  ["行政事业性收费", { t: "12.35", span: 3 }],
];

const appealsRows: C[][] = [
  [{ t: "行政复议", span: 5 }, { t: "行政诉讼", span: 10 }],
  [{ t: "结果维持", merge: "restart" }, { t: "结果纠正", merge: "restart" }, { t: "其他结果", merge: "restart" }, { t: "尚未审结", merge: "restart" }, { t: "总计", merge: "restart" }, { t: "未经复议直接起诉", span: 5 }, { t: "复议后起诉", span: 5 }],
  [...Array.from({ length: 5 }, (): C => ({ t: "", merge: "continue" })), ..."结果维持 结果纠正 其他结果 尚未审结 总计 结果维持 结果纠正 其他结果 尚未审结 总计".split(" ")],
  ["1", "0", "0", "1", "2", "0", "0", "0", "1", "1", "", "", "", "", ""],
];

async function foreignDocx(): Promise<Uint8Array> {
  const doc = new Document({
    sections: [
      {
        children: [
          p("某某县某某乡人民政府2023年政府信息公开工作年度报告"),
          p("一、总体情况"),
          p("2023年，本乡收到政府信息公开申请6件。"),
          p("二、主动公开政府信息情况"),
          table(proactiveRows),
          p("三、收到和处理政府信息公开申请情况"),
          table(requestsRows),
          p("四、政府信息公开行政复议、行政诉讼情况"),
          table(appealsRows),
          p("五、存在的主要问题及改进情况"),
          p("无。"),
          p("六、其他需要报告的事项"),
          p("本年度未收取信息处理费。"),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

describe("a .docx typed by hand in another template", () => {
  it("reads every table cell despite the quirks", async () => {
    const r = importReport({ name: "某某乡.docx", bytes: await foreignDocx() });
    if (!r.ok) throw new Error(r.error);
    const at = (p: string) => getPath(r.report, `tables.${p}`);
    expect([r.report.unit.name, r.report.unit.kind, r.report.year]).toEqual(["某某县某某乡人民政府", "township", 2023]);
    // 表二: 「规 章」, 「/」 and 「—」 blank, full-width digits, 「1,024」, half-width brackets in the captions
    expect([at("proactive.rules.issued"), at("proactive.normativeDocs.issued"), at("proactive.normativeDocs.inForce")]).toEqual([null, 2, 15]);
    expect([at("proactive.licensing.decisions"), at("proactive.penalty.decisions"), at("proactive.enforcement.decisions"), at("proactive.fees.amount")]).toEqual([1024, 7, null, 12.35]);
    // 表三: blank, 「/」, 「—」 → null; 「1、」 and 「，」 labels; subtotal row ignored, not mistaken for a sub-row
    expect([at("requests.received.natural"), at("requests.received.business"), at("requests.received.research"), at("requests.received.nonprofit"), at("requests.received.legal"), at("requests.received.total")]).toEqual([5, 1, null, null, null, 6]);
    expect([at("requests.granted.total"), at("requests.stateSecret.natural"), at("requests.thirdParty.natural"), at("requests.otherReason.natural"), at("requests.noCorrection.natural")]).toEqual([4, 0, 1, 1, 0]);
    expect(at("requests.outcomeTotal.total")).toBe(6);
    // 表四: differently merged header, trailing blank cells
    expect([at("appeals.review.upheld"), at("appeals.review.total"), at("appeals.direct.total"), at("appeals.afterReview.total")]).toEqual([1, 2, 1, null]);
    expect(r.unread).toEqual([]);
    expect(r.report.notes!.join("\n")).toContain("表三·（三）不予公开：这是模板外的小计行");
    expect(r.detected.format).toBe("gov-2021");
    expect(r.findings.filter((f) => f.rule.startsWith("structure."))).toEqual([]);
  });

  it("drops a 「法人或其他组织」 subtotal column that some templates add to 表三", async () => {
    const withColumn = requestsRows.map((row, i) => {
      if (i === 0) return [row[0]!, { t: "申请人情况", span: 8 }];
      if (i === 1) return [row[0]!, "自然人", "法人或其他组织", { t: "其中", span: 5 }, "总计"];
      if (i === 2) return [...row.slice(0, 2), "小计", ...row.slice(2)];
      const firstValue = row.findIndex((c, k) => k > 0 && typeof c === "string" && /^[\d/—]*$/.test(c) && !/^\d、/.test(c));
      if (firstValue < 0) return row;
      const orgs = row.slice(firstValue + 1, firstValue + 6).reduce((a, c) => a + (Number(c) || 0), 0);
      return [...row.slice(0, firstValue + 1), String(orgs), ...row.slice(firstValue + 1)];
    });
    const doc = new Document({ sections: [{ children: [p("某某乡2023年政府信息公开工作年度报告"), p("三、收到和处理政府信息公开申请情况"), table(withColumn)] }] });
    const r = importReport({ name: "a.docx", bytes: new Uint8Array(await Packer.toBuffer(doc)) });
    if (!r.ok) throw new Error(r.error);
    const at = (p: string) => getPath(r.report, `tables.requests.${p}`);
    expect([at("received.natural"), at("received.business"), at("received.total"), at("thirdParty.natural"), at("outcomeTotal.total")]).toEqual([5, 1, 6, 1, 6]);
    expect(r.report.notes!.join("\n")).toContain("多了一列“法人或其他组织”小计");
    expect(r.unread.filter((u) => u.startsWith("表三"))).toEqual([]);
  });

  it("headings numbered by Word's automatic list numbering are found, and their numbering not flagged", async () => {
    const numbering = { config: [{ reference: "h1", levels: [{ level: 0, format: LevelFormat.CHINESE_COUNTING, text: "%1、" }] }] };
    const h = (text: string) => new Paragraph({ text, numbering: { reference: "h1", level: 0 } });
    const doc = new Document({
      numbering,
      sections: [
        {
          children: [
            p("某某乡2023年政府信息公开工作年度报告"),
            h("总体情况"),
            p("本年度工作情况。"),
            h("主动公开政府信息情况"),
            table(proactiveRows),
            h("收到和处理政府信息公开申请情况"),
            table(requestsRows),
            h("政府信息公开行政复议、行政诉讼情况"),
            table(appealsRows),
            h("存在的主要问题及改进情况"),
            p("无。"),
            h("其他需要报告的事项"),
            p("无。"),
          ],
        },
      ],
    });
    const r = importReport({ name: "a.docx", bytes: new Uint8Array(await Packer.toBuffer(doc)) });
    if (!r.ok) throw new Error(r.error);
    expect(r.findings.filter((f) => f.rule.startsWith("structure."))).toEqual([]);
    expect(r.report.prose.overview!.text).toBe("本年度工作情况。");
  });
});
