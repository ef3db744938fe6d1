// Markdown as PDF-to-Markdown tools write a report → the blocks every reader yields.
import { describe, expect, it } from "vitest";
import { looksMarkdown, markdownBlocks, withinMarkdownBudget } from "./read-markdown";

describe("markdownBlocks", () => {
  it("headings and paragraphs are their text: `#`, `**bold**`, `*emphasis*` and links go; each source line is a line", () => {
    const md = "# 城关镇2024年政府信息公开工作年度报告\n\n## 一、总体情况\n\n**（一）主动公开**\n\n全年*主动*公开[信息](http://a.cn)126条。\n第二行。";
    expect(markdownBlocks(md)).toEqual([
      { type: "p", text: "城关镇2024年政府信息公开工作年度报告" },
      { type: "p", text: "一、总体情况" },
      { type: "p", text: "（一）主动公开" },
      { type: "p", text: "全年主动公开信息126条。" },
      { type: "p", text: "第二行。" },
    ]);
  });

  it("a pipe table is its rows, the header row included; 「<br>」 in a cell is a line break; escaped pipes stay", () => {
    const md = "| 信息内容 | 本年制发件数 |\n|---|---:|\n| 三、本年度<br>办理结果 | 3 |\n| a\\|b | |";
    expect(markdownBlocks(md)).toEqual([{ type: "table", rows: [["信息内容", "本年制发件数"], ["三、本年度\n办理结果", "3"], ["a|b", ""]] }]);
  });

  it("one table per row under made-up headers 「数据1 | 数据2」 is the one table as printed", () => {
    const md = "| 数据1 | 数据2 |\n|---|---|\n| 规章 | 0 |\n\n| 数据1 | 数据2 |\n|---|---|\n| 行政规范性文件 | 3 |";
    expect(markdownBlocks(md)).toEqual([{ type: "table", rows: [["规章", "0"], ["行政规范性文件", "3"]] }]);
  });

  it("a merged cell's text repeated across or down its cells is kept once, where it starts; repeated numbers stay", () => {
    const md = "| 申请人情况 | 申请人情况 | 申请人情况 |\n|---|---|---|\n| （三）不予公开 | 1.属于国家秘密 | 0 |\n| （三）不予公开 | 2.其他法律行政法规禁止公开 | 0 |";
    expect(markdownBlocks(md)).toEqual([{ type: "table", rows: [["申请人情况", "", ""], ["（三）不予公开", "1.属于国家秘密", "0"], ["", "2.其他法律行政法规禁止公开", "0"]] }]);
  });

  it("an HTML table inside the Markdown is read as a web page's table", () => {
    expect(markdownBlocks("## 二、主动公开政府信息情况\n\n<table><tr><td>规章</td><td>0</td></tr></table>\n")).toEqual([
      { type: "p", text: "二、主动公开政府信息情况" },
      { type: "table", rows: [["规章", "0"]] },
    ]);
  });
});

describe("looksMarkdown", () => {
  it("a GFM delimiter row, or three ATX headings: Markdown; a report's plain text is not", () => {
    expect(looksMarkdown("| a | b |\n|---|---|\n| 1 | 2 |")).toBe(true);
    expect(looksMarkdown("# 标题\n## 一、总体情况\n## 二、主动公开政府信息情况")).toBe(true);
    expect(looksMarkdown("一、总体情况\n本年度……\n——————\n# 不是标题")).toBe(false);
    expect(looksMarkdown("第一项\t---\t---")).toBe(false);
  });
});

describe("markdownBlocks: numbers in merged cells", () => {
  it("a number repeated across a span its header row shows merged is one cell; equal numbers under distinct headers stay", () => {
    const md = [
      "| 信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数 |", "|---|---|---|---|", "| 规章 | 0 | 0 | 0 |",
      "| 信息内容 | 本年处理决定数量 | 本年处理决定数量 | 本年处理决定数量 |", "| 行政许可 | 57 | 57 | 57 |",
    ].join("\n");
    expect(markdownBlocks(md)).toEqual([
      { type: "table", rows: [["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"], ["规章", "0", "0", "0"], ["信息内容", "本年处理决定数量", "", ""], ["行政许可", "57", "", ""]] },
    ]);
  });
});

describe("withinMarkdownBudget: what the parser is given is bounded", () => {
  it("a report's Markdown is within it; deep nesting, thousands of list items or delimiters are not (read as plain text)", () => {
    expect(withinMarkdownBudget("# 标题\n\n## 一、总体情况\n\n- 一是\n  - 其一\n\n**（一）主动公开**\n\n| a | b |\n|---|---|\n| 1 | 2 |")).toBe(true);
    expect(withinMarkdownBudget("> ".repeat(9) + "x")).toBe(false);
    expect(withinMarkdownBudget(" ".repeat(16) + "- x")).toBe(false);
    expect(withinMarkdownBudget("- x\n".repeat(501))).toBe(false);
    expect(withinMarkdownBudget("*a".repeat(601))).toBe(false);
    expect(withinMarkdownBudget("| a ".repeat(20_001))).toBe(false);
    expect(withinMarkdownBudget("段落。\n".repeat(1_501))).toBe(false);
  });
});
