import { describe, expect, it } from "vitest";
import { gov2021 } from "../../templates/gov-2021";
import { leaves } from "../format/walk";
import type { GridTable } from "../format/types";
import { isBlock, parseClipboardBlock } from "./clipboard";
import { pasteGrid } from "./paste-grid";
import { planPaste } from "./paste";
import { pasteSummary } from "./paste-summary";

const requests = pasteGrid(gov2021, gov2021.tables.requests);
const proactive = pasteGrid(gov2021, gov2021.tables.proactive);
const appeals = pasteGrid(gov2021, gov2021.tables.appeals);
const R = (row: string, col: string) => `tables.requests.${row}.${col}`;
const rowKeys = leaves((gov2021.tables.requests as GridTable).rows).map((l) => l.id); // 25 rows, （七）总计 at 23
const cols = ["natural", "business", "research", "nonprofit", "legal", "otherOrg"];
const valueOf = (writes: { path: string; text: string }[], path: string) => writes.find((w) => w.path === path)?.text;

/** 表三 as a spreadsheet holds it: row r, column c = r*10+c; the 总计 column and （七）总计 row add up. */
function sheet(opts: { totalRow?: boolean; totalCol?: boolean } = {}): string[][] {
  const rows = rowKeys.filter((k) => k !== "outcomeTotal").map((_, r) => cols.map((_, c) => r * 10 + c));
  const outcome = rows.slice(2, 23);
  const total = cols.map((_, c) => outcome.reduce((s, r) => s + r[c]!, 0));
  const all = opts.totalRow === false ? rows : [...rows.slice(0, 23), total, rows[23]!];
  return all.map((r) => (opts.totalCol === false ? r : [...r, r.reduce((a, b) => a + b, 0)]).map(String));
}

describe("parseClipboardBlock", () => {
  it("reads Excel's tab/CRLF text with a trailing newline", () => {
    expect(parseClipboardBlock("1\t2\r\n3\t4\r\n")).toEqual([["1", "2"], ["3", "4"]]);
  });
  it("keeps empty cells and quoted cells with newlines and quotes", () => {
    expect(parseClipboardBlock('a\t\t"x\ny"\n"say ""hi"""\tb')).toEqual([["a", "", "x y"], ['say "hi"', "b"]]); // a cell is one line
  });
  it("pastes no hidden characters: zero-width, bidi overrides, noncharacters and controls go, text is NFC", () => {
    const hidden = "1\u200b2\t\u202e34\ufffe\r\n\u0007５\t\u0065\u0301\r\n";
    expect(parseClipboardBlock(hidden)).toEqual([["12", "34"], ["５", "\u00e9"]]);
  });
  it("treats a stray quote as text", () => {
    expect(parseClipboardBlock('5"\t6')).toEqual([['5"', "6"]]);
  });
  it("tells a block from a single value", () => {
    expect(isBlock("12\n")).toBe(false);
    expect(isBlock("1\t2")).toBe(true);
    expect(isBlock("1\n2")).toBe(true);
  });
});

describe("pasteGrid", () => {
  it("has a label list for every matrix row", () => {
    for (const g of [requests, proactive, appeals]) expect(g.rowLabels).toHaveLength(g.matrix.length);
    expect(requests.rowLabels[23]).toContain("（七）总计");
  });
});

describe("planPaste by position", () => {
  it("fills 表三 from the focused cell and skips the computed 总计 column", () => {
    const plan = planPaste(requests, R("received", "natural"), parseClipboardBlock("1\t2\t3\t4\t5\t6\t21\n7\t8\n"));
    expect(plan.writes.map((w) => w.path)).toEqual([...cols.map((c) => R("received", c)), R("carriedOver", "natural"), R("carriedOver", "business")]);
    expect(plan.writes[7]!.text).toBe("8");
    expect(plan.totalsSkipped).toBe(1);
    expect(plan.byLabel).toBe(false);
  });
  it("counts what falls outside the table", () => {
    const plan = planPaste(requests, R("carriedForward", "otherOrg"), [["1", "2", "3"], ["4"], ["5"]]);
    expect(plan.writes).toEqual([{ path: R("carriedForward", "otherOrg"), text: "1" }]);
    expect(plan.outside).toBe(3);
    expect(plan.totalsSkipped).toBe(1);
    expect(pasteSummary(plan)).toEqual({ text: "已粘贴 1 格；1 个总计数字未使用（总计自动计算）；3 格超出表格范围，未粘贴。", skipped: true });
  });
  it("a whole 25×7 block: every typed cell, the totals' numbers unused", () => {
    const block = sheet();
    const plan = planPaste(requests, R("received", "natural"), block);
    expect(plan.writes).toHaveLength(24 * 6);
    expect(valueOf(plan.writes, R("carriedForward", "natural"))).toBe(block[24]![0]);
    expect(plan.steppedOverTotals).toBe(false);
  });
  it("a 24-row block without （七）总计: 四 is filled from the last row, not dropped, and the clerk is told", () => {
    const block = sheet({ totalRow: false });
    expect(block).toHaveLength(24);
    const plan = planPaste(requests, R("received", "natural"), block);
    expect(plan.writes).toHaveLength(24 * 6);
    expect(valueOf(plan.writes, R("carriedForward", "natural"))).toBe(block[23]![0]);
    expect(valueOf(plan.writes, R("otherReason", "otherOrg"))).toBe(block[22]![5]);
    expect(plan.steppedOverTotals).toBe(true);
    expect(pasteSummary(plan).text).toContain("不含总计行");
  });
  it("a block longer than the table: its numbers on （七）总计 are taken as that total only if they add up", () => {
    const rows = sheet({ totalCol: false }); // 25 rows, （七）总计 at 23
    const summed = planPaste(requests, R("received", "natural"), [...rows, ["7"]]);
    expect(valueOf(summed.writes, R("carriedForward", "natural"))).toBe(rows[24]![0]);
    expect(summed.outside).toBe(1);
    const wrong = rows.map((r, i) => (i === 23 ? r.map(() => "1") : r));
    const notASum = planPaste(requests, R("received", "natural"), [...wrong, ["7"]]);
    expect(valueOf(notASum.writes, R("carriedForward", "natural"))).toBe("1");
    expect(notASum.steppedOverTotals).toBe(true);
    expect(notASum.outside).toBe(cols.length + 1);
  });
  it("表四 with 14 numbers: group totals used as such when they add up, stepped over when they do not", () => {
    const row = (x: string) => [["1", "2", "3", "4", x, "5", "6", "7", "8", "26", "9", "10", "11", "12"]];
    const sums = planPaste(appeals, "tables.appeals.review.upheld", row("10"));
    expect(valueOf(sums.writes, "tables.appeals.afterReview.upheld")).toBe("9");
    expect(sums.totalsSkipped).toBe(2);
    const not = planPaste(appeals, "tables.appeals.review.upheld", row("99"));
    expect(valueOf(not.writes, "tables.appeals.direct.upheld")).toBe("99");
    expect(not.outside).toBe(2);
  });
  it("表四 without its three group totals: twelve numbers into the twelve typed cells", () => {
    const twelve = Array.from({ length: 12 }, (_, i) => String(i + 1));
    const plan = planPaste(appeals, "tables.appeals.review.upheld", [twelve]);
    expect(plan.writes.map((w) => w.text)).toEqual(twelve);
    expect(plan.writes.some((w) => w.path.endsWith(".total"))).toBe(false);
    expect(valueOf(plan.writes, "tables.appeals.afterReview.pending")).toBe("12");
  });
  it("follows 表二's stacked blocks row by row", () => {
    const plan = planPaste(proactive, "tables.proactive.normativeDocs.issued", [["3", "1", "20"], ["9"]]);
    expect(plan.writes.map((w) => w.path)).toEqual([
      "tables.proactive.normativeDocs.issued",
      "tables.proactive.normativeDocs.repealed",
      "tables.proactive.normativeDocs.inForce",
      "tables.proactive.licensing.decisions",
    ]);
  });
  it("leaves out a heading row copied with the numbers", () => {
    const plan = planPaste(requests, R("received", "natural"), [["自然人", "商业企业"], ["1", "2"]]);
    expect(plan.headerRows).toBe(1);
    expect(plan.writes).toEqual([{ path: R("received", "natural"), text: "1" }, { path: R("received", "business"), text: "2" }]);
  });
  it("ignores an unknown starting cell", () => {
    expect(planPaste(requests, "tables.requests.nope", [["1"]]).writes).toEqual([]);
  });
});

describe("planPaste with a label column", () => {
  it("the whole 表三 copied with its label column: every number in its own column, not shifted", () => {
    const labels = (gov2021.tables.requests as GridTable).rows.flatMap((r) => (r.children ?? [r]).flatMap((c) => (c.children ?? [c]).map((l) => l.label)));
    const block = sheet().map((r, i) => [labels[i]!, ...r]);
    const plan = planPaste(requests, R("received", "natural"), block);
    expect(plan.byLabel).toBe(true);
    expect(plan.writes).toHaveLength(24 * 6);
    expect(valueOf(plan.writes, R("received", "natural"))).toBe(block[0]![1]);
    expect(valueOf(plan.writes, R("received", "otherOrg"))).toBe(block[0]![6]);
    expect(valueOf(plan.writes, R("carriedForward", "legal"))).toBe(block[24]![5]);
  });
  it("the official layout: three label columns from merged cells, headings above, rows in another order", () => {
    const block = [
      ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "", "", "申请人情况"],
      ["", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"],
      ["二、上年结转政府信息公开申请数量", "", "", "1", "0", "0", "0", "0", "0", "1"],
      ["三、本年度办理结果", "（一）予以公开", "", "5", "1", "0", "0", "0", "0", "6"],
      ["", "（三）不予公开", "1.属于国家秘密", "2", "", "", "", "", "", "2"],
      ["", "（二）部分公开", "", "3"],
      ["合计", "", "", "11", "1"],
      ["一、本年新收政府信息公开申请数量", "", "", "10"],
    ];
    const plan = planPaste(requests, R("received", "natural"), block);
    expect(plan.byLabel).toBe(true);
    expect(plan.headerRows).toBe(2);
    expect(valueOf(plan.writes, R("carriedOver", "natural"))).toBe("1");
    expect(valueOf(plan.writes, R("granted", "business"))).toBe("1");
    expect(valueOf(plan.writes, R("stateSecret", "natural"))).toBe("2");
    expect(valueOf(plan.writes, R("partlyGranted", "natural"))).toBe("3");
    expect(valueOf(plan.writes, R("received", "natural"))).toBe("10");
    expect(plan.unknownRows).toEqual(["合计"]);
    expect(pasteSummary(plan).text).toBe(
      `已粘贴 ${plan.writes.length} 格（按行名对应）；跳过表头 2 行；3 个总计数字未使用（总计自动计算）；本表没有的行未粘贴：“合计”。`,
    );
  });
  it("表二 with its captions and heading rows", () => {
    const block = [
      ["第二十条第（一）项"],
      ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
      ["规章", "0", "0", "0"],
      ["行政规范性文件", "3", "1", "25"],
      ["第二十条第（八）项"],
      ["信息内容", "本年收费金额（单位：万元）"],
      ["行政事业性收费", "1.5"],
    ];
    const plan = planPaste(proactive, "tables.proactive.rules.issued", block);
    expect(plan.writes).toEqual([
      { path: "tables.proactive.rules.issued", text: "0" },
      { path: "tables.proactive.rules.repealed", text: "0" },
      { path: "tables.proactive.rules.inForce", text: "0" },
      { path: "tables.proactive.normativeDocs.issued", text: "3" },
      { path: "tables.proactive.normativeDocs.repealed", text: "1" },
      { path: "tables.proactive.normativeDocs.inForce", text: "25" },
      { path: "tables.proactive.fees.amount", text: "1.5" },
    ]);
    expect(plan.headerRows).toBe(2);
    expect(plan.unknownRows).toEqual([]);
  });
  it("rows 一 and 二 only, from a sheet whose labels are merged over three columns: the empty label columns line up", () => {
    // Issue #21: 「一、本年新收…\t\t\t2\t1\t0\t0\t0\t0\t3」 pasted at 一·自然人 put every number two columns right.
    const block = parseClipboardBlock("一、本年新收政府信息公开申请数量\t\t\t2\t1\t0\t0\t0\t0\t3\r\n二、上年结转政府信息公开申请数量\t\t\t4\t0\t1\t0\t0\t0\t5\r\n");
    const plan = planPaste(requests, R("received", "natural"), block);
    expect(plan.outside).toBe(0);
    expect(cols.map((c) => valueOf(plan.writes, R("received", c)))).toEqual(block[0]!.slice(3, 9));
    expect(cols.map((c) => valueOf(plan.writes, R("carriedOver", c)))).toEqual(block[1]!.slice(3, 9));
    expect(plan.totalsSkipped).toBe(2);
    expect(pasteSummary(plan).text).toBe("已粘贴 12 格（按行名对应）；2 个总计数字未使用（总计自动计算）。");
  });
  it("the same rows with one label column, and without a 总计 column, paste the same numbers", () => {
    const one = planPaste(requests, R("received", "natural"), [["一、本年新收政府信息公开申请数量", "2", "1", "0", "0", "0", "0", "3"]]);
    const noTotal = planPaste(requests, R("received", "natural"), [["一、本年新收政府信息公开申请数量", "", "", "2", "1", "0", "0", "0", "0"]]);
    for (const plan of [one, noTotal]) expect(cols.map((c) => valueOf(plan.writes, R("received", c)))).toEqual(["2", "1", "0", "0", "0", "0"]);
  });
  it("one label column and 自然人 left empty: the empty column is 自然人 when the row's 总计 adds up that way", () => {
    const plan = planPaste(requests, R("received", "natural"), [["一、本年新收政府信息公开申请数量", "", "2", "1", "0", "0", "0", "3"]]);
    expect(cols.map((c) => valueOf(plan.writes, R("received", c)))).toEqual(["", "2", "1", "0", "0", "0"]);
    expect(plan.totalsDisagree).toEqual([]);
  });
  it("a pasted 总计 that disagrees with its row is reported, not silently dropped", () => {
    const block = [["一、本年新收政府信息公开申请数量", "", "", "2", "1", "0", "0", "0", "0", "4"]];
    const plan = planPaste(requests, R("received", "natural"), block);
    expect(plan.totalsDisagree).toEqual(["一、本年新收政府信息公开申请数量 总计 4，各项之和 3"]);
    const summary = pasteSummary(plan);
    expect(summary.text).toBe(
      "已粘贴 6 格（按行名对应）；1 个总计数字未使用（总计自动计算）；粘贴的总计与该行各项之和不符，请核对原表：一、本年新收政府信息公开申请数量 总计 4，各项之和 3。",
    );
    expect(summary.skipped).toBe(true);
  });
  it("labels the table does not know at all: pasted by position, the label column left out", () => {
    const plan = planPaste(requests, R("received", "natural"), [["甲类申请", "4", "5"], ["乙类申请", "6"]]);
    expect(plan.byLabel).toBe(false);
    expect(plan.writes.map((w) => w.text)).toEqual(["4", "5", "6"]);
  });
});
