import { describe, expect, it } from "vitest";
import { rebuildParagraphs, type WrappedLine } from "./paragraphs";

const L = (text: string, room = 0, indent = false): WrappedLine => ({ text, room, indent });

describe("rebuildParagraphs", () => {
  it("a paragraph starts at an indent, after a heading, and after a sentence ending a short line", () => {
    expect(
      rebuildParagraphs([L("一、总体情况", 20, true), L("2024年，我镇认真贯彻", 0, true), L("落实条例。", 18), L("全年公开信息126条，其中", 0), L("政策文件5件。", 14), L("（一）主动公开", 20)]),
    ).toEqual(["一、总体情况", "2024年，我镇认真贯彻落实条例。", "全年公开信息126条，其中政策文件5件。", "（一）主动公开"]);
  });

  it("a full line goes on, whatever it ends with; a short one goes on when it stops mid-sentence", () => {
    expect(rebuildParagraphs([L("全年收到申请。", 0), L("其中予以公开3件，", 6), L("部分公开1件。", 10)])).toEqual(["全年收到申请。其中予以公开3件，部分公开1件。"]);
  });

  it("after a sentence that filled its line: a numbered line or a short unnumbered heading starts anew; 「1.25万元」 does not", () => {
    expect(rebuildParagraphs([L("全年未发生泄密事件。", 0), L("1.体制机制建设情况", 12)])).toEqual(["全年未发生泄密事件。", "1.体制机制建设情况"]);
    expect(rebuildParagraphs([L("纳入年度考核。", 0), L("工作考核、社会评议和责任追究结果情况", 9)])).toEqual(["纳入年度考核。", "工作考核、社会评议和责任追究结果情况"]);
    expect(rebuildParagraphs([L("本年度收取信息处理费", 0), L("1.25万元。", 20)])).toEqual(["本年度收取信息处理费1.25万元。"]);
  });

  it("blank lines neither start nor end a paragraph (page breaks in pdftotext's output)", () => {
    expect(rebuildParagraphs([L("扎实推进政府信息", 0), L("", 28), L("公开工作。", 20)])).toEqual(["扎实推进政府信息公开工作。"]);
  });
});
