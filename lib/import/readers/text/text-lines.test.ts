import { describe, expect, it } from "vitest";
import { dropFurniture, unwrap, wrapWidth } from "./text-lines";

describe("dropFurniture", () => {
  it("drops page numbers, and a running head that stands at the top of most pages", () => {
    const text = ["草稿", "标题", "正文一。", "— 1 —", "草稿", "正文二。", "— 2 —", "草稿", "正文三。", "- 3 -"];
    expect(dropFurniture(text)).toEqual(["", "标题", "正文一。", "", "", "正文二。", "", "", "正文三。", ""]);
  });

  it("keeps 「无。」 at two page tops, a table's last number before a page number, and bare numbers away from a page break", () => {
    const text = ["无。", "— 1 —", "无。", "3", "— 2 —", "无。", "12"];
    expect(dropFurniture(text)).toEqual(["无。", "", "无。", "3", "", "无。", "12"]);
  });

  it("with form feeds (pdftotext), a bare number at a page's end is its page number", () => {
    expect(dropFurniture(["正文。", "1", "\f正文二。", "2", "\f"])).toEqual(["正文。", "", "正文二。", "", ""]);
  });
});

describe("wrapped text", () => {
  const wrapped = ["   本报告根据《中华人民共和国政府信息公开条例》和《国", "务院办公厅政府信息与政务公开办公室关于印发〈中华人民共", "和国政府信息公开工作年度报告格式〉的通知》编制。", "   一、总体情况", "   2024 年，城关镇认真贯彻落实《中华人民共和国政府信息", "公开条例》，扎实推进政府信息公开工作，全年主动公开信息", "126 条。"];

  it("finds the width lines were wrapped at, and none in Word's text export (a line per paragraph)", () => {
    expect(wrapWidth(wrapped)).toBe(27);
    const word = ["一、总体情况", "2021年，官庄镇在市委、市政府的坚强领导下，根据《中华人民共和国政府信息公开条例》要求，扎实推进政务公开工作。", "（一）主动公开", "官庄镇在安丘市人民政府门户网站发布政务动态，由王春军分管信息公开，党政办公室具体负责。", "2021年，官庄镇通过政府门户网站主动发布信息80条。", "（二）依申请公开", "2021年官庄镇共收到依申请公开事项0件。"];
    expect(wrapWidth(word)).toBeNull();
  });

  it("rejoins paragraphs at indents, without the spaces text tools put between Chinese and digits", () => {
    expect(unwrap(wrapped, 27)).toEqual([
      "本报告根据《中华人民共和国政府信息公开条例》和《国务院办公厅政府信息与政务公开办公室关于印发〈中华人民共和国政府信息公开工作年度报告格式〉的通知》编制。",
      "一、总体情况",
      "2024年，城关镇认真贯彻落实《中华人民共和国政府信息公开条例》，扎实推进政府信息公开工作，全年主动公开信息126条。",
    ]);
  });

  it("keeps the signature and the date on their own lines, indented or not", () => {
    expect(unwrap(["扎实推进政府信息公开工作，全年未发生泄密事件，公开", "信息126条。", "城关镇人民政府", "2025年1月20日"], 27)).toEqual(["扎实推进政府信息公开工作，全年未发生泄密事件，公开信息126条。", "城关镇人民政府", "2025年1月20日"]);
  });
});
