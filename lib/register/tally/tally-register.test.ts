// tallyRegister on small hand-made registers: where each kind of row counts (一/二, an outcome row or 四; 表四
// group × result), the exact reason for each row that cannot be counted, and diffTallies on a changed register.
import { describe, expect, it } from "vitest";
import { proposeMapping } from "../mapping/propose-mapping";
import type { RegisterSheet } from "../types";
import { diffTallies } from "./diff-tallies";
import { guessYear } from "./guess-year";
import { tallyRegister } from "./tally-register";

const sheet = (rows: string[][]): RegisterSheet => ({ name: "台账", rows: rows.map((cells, i) => ({ rowNumber: i + 1, cells })) });

function tally(rows: string[][], kind: "requests" | "appeals" = "requests", year = 2024) {
  const s = sheet(rows);
  const p = proposeMapping([s], kind);
  const t = tallyRegister(s, p.layout, p.mapping, year);
  return { ...t, counts: Object.fromEntries(Object.entries(t.counts).filter(([, v]) => v)) };
}

const H = ["申请人", "申请人类型", "收到日期", "答复日期", "处理结果", "是否撤回"];

describe("表三", () => {
  it("counts each application once in 一 or 二 and once in an outcome row or 四", () => {
    const t = tally([
      ["2024年登记台账"],
      H,
      ["张某", "个人", "2024-03-05", "2024-03-20", "予以公开", ""], // row 3: 一 + （一）
      ["李某", "公民", "2023-12-20", "2024-01-10", "不予公开-国家秘密", "否"], // row 4: 二 + 不予公开 1
      ["", "", "", "", "", ""], // row 5: blank, skipped
      ["某公司", "企业", "2024-12-28", "2025-01-06", "部分公开", ""], // row 6: answered next year → 一 + 四
      ["王某", "个人", "2023-11-02", "", "办理中", ""], // row 7: 二 + 四
      ["赵某", "群众", "2024-05-01", "2024-05-03", "", "是"], // row 8: withdrawn → 一 + （六）3
    ]);
    expect(t.counts).toEqual({
      "tables.requests.received.natural": 2,
      "tables.requests.received.business": 1,
      "tables.requests.carriedOver.natural": 2,
      "tables.requests.granted.natural": 1,
      "tables.requests.stateSecret.natural": 1,
      "tables.requests.otherReason.natural": 1,
      "tables.requests.carriedForward.natural": 1,
      "tables.requests.carriedForward.business": 1,
    });
    expect(t.cases["tables.requests.carriedForward.natural"]).toEqual([7]);
    expect(t.cases["tables.requests.received.natural"]).toEqual([3, 8]);
    expect([t.rowsSeen, t.rowsCounted, t.uncounted]).toEqual([5, 5, []]);
  });

  it("lists each row it cannot count with the row, the cell text and why — never a name", () => {
    const t = tally([
      H,
      ["甲某", "个人", "", "", "", ""],
      ["乙某", "个人", "2024-13-45", "", "", ""],
      ["丙某", "法人", "2024-01-02", "2024-01-05", "予以公开", ""],
      ["丁某", "个人", "2024-01-02", "2024-01-05", "已处理", ""],
      ["戊某", "个人", "2024-06-02", "2024-01-05", "予以公开", ""],
      ["己某", "个人", "2025-01-02", "", "", ""],
      ["庚某", "个人", "2023-01-02", "2023-03-05", "予以公开", ""],
      ["辛某", "个人", "2024-01-02", "", "予以公开", ""],
      ["壬某", "个人", "2024-01-02", "2024-02-01", "未答复", ""],
      ["癸某", "个人", "2024-01-02", "", "", "是"],
      ["子某", "个人", "2024-01-02", "2024-02-01", "予以公开", "不清楚"],
    ]);
    expect(t.uncounted).toEqual([
      { rowNumber: 2, reason: "第 2 行：收到日期为空" },
      { rowNumber: 3, reason: "第 3 行：收到日期「2024-13-45」无法识别为日期" },
      { rowNumber: 4, reason: "第 4 行：申请人类型「法人」尚未确定归入哪一类" },
      { rowNumber: 5, reason: "第 5 行：处理结果「已处理」尚未确定归入哪一类" },
      { rowNumber: 6, reason: "第 6 行：答复日期「2024-01-05」早于收到日期「2024-06-02」" },
      { rowNumber: 7, reason: "第 7 行：收到日期「2025-01-02」在 2024 年之后，不属于本年度" },
      { rowNumber: 8, reason: "第 8 行：答复日期「2023-03-05」在 2024 年以前，已在上年办结，不计入本年度" },
      { rowNumber: 9, reason: "第 9 行：处理结果为「予以公开」，但答复日期为空，无法判断是否在本年内办结" },
      { rowNumber: 10, reason: "第 10 行：处理结果为「未答复」（未办结），但答复日期为「2024-02-01」" },
      { rowNumber: 11, reason: "第 11 行：已撤回，但答复（办结）日期为空，无法判断是否在本年内办结" },
      { rowNumber: 12, reason: "第 12 行：是否撤回「不清楚」尚未确定归入哪一类" },
    ]);
    expect(JSON.stringify(t)).not.toMatch(/[甲乙丙丁戊己庚辛壬癸子]某/);
    expect(t.counts).toEqual({});
  });

  it("without an answer-date column, counts by the outcome alone", () => {
    const t = tally([["申请人类型", "收到日期", "处理结果"], ["个人", "2024-01-02", "予以公开"], ["个人", "2024-01-02", ""]]);
    expect(t.counts).toEqual({ "tables.requests.received.natural": 2, "tables.requests.granted.natural": 1, "tables.requests.carriedForward.natural": 1 });
  });
});

describe("表四", () => {
  it("counts each case in one group × result; 尚未审结 when not closed within the year", () => {
    const t = tally(
      [
        ["案号", "原告", "案件类型", "收案日期", "审结日期", "审理结果"],
        ["（2024）1号", "张某", "行政复议", "2024-02-01", "2024-04-01", "维持"],
        ["（2024）2号", "李某", "复议后起诉", "2023-11-01", "2024-03-01", "撤销"],
        ["（2024）3号", "王某", "直接起诉", "2024-11-01", "2025-02-01", "维持"],
        ["（2024）4号", "赵某", "行政复议", "2024-12-01", "", "审理中"],
        ["（2024）5号", "钱某", "信访", "2024-12-01", "", ""],
        ["（2023）6号", "孙某", "行政复议", "2023-01-01", "2023-06-01", "维持"],
      ],
      "appeals",
    );
    expect(t.counts).toEqual({
      "tables.appeals.review.upheld": 1,
      "tables.appeals.afterReview.corrected": 1,
      "tables.appeals.direct.pending": 1,
      "tables.appeals.review.pending": 1,
    });
    expect(t.uncounted).toEqual([
      { rowNumber: 6, reason: "第 6 行：案件类型「信访」尚未确定归入哪一类" },
      { rowNumber: 7, reason: "第 7 行：审结日期「2023-06-01」在 2024 年以前，已在上年审结，不计入本年度" },
    ]);
  });
});

describe("diffTallies", () => {
  it("lists the cells that moved, a cell new or gone counting as 0", () => {
    expect(diffTallies({ a: 1, b: 2, gone: 3 }, { a: 1, b: 4, added: 5 })).toEqual([
      { path: "b", before: 2, after: 4 },
      { path: "added", before: 0, after: 5 },
      { path: "gone", before: 3, after: 0 },
    ]);
    expect(diffTallies(undefined, { a: 0, b: 1 })).toEqual([{ path: "b", before: 0, after: 1 }]);
  });
});

describe("guessYear", () => {
  it("is the year most applications were received in", () => {
    const s = sheet([H, ["", "个人", "2023-12-30", "", "", ""], ["", "个人", "2024/1/5", "", "", ""], ["", "个人", "2024年3月1日", "", "", ""], ["", "个人", "乱写", "", "", ""]]);
    const p = proposeMapping([s], "requests");
    expect(guessYear(s, p.layout, p.mapping)).toBe(2024);
    expect(guessYear(sheet([H]), p.layout, p.mapping)).toBeNull();
  });
});
