import { describe, expect, it } from "vitest";
import { unitWordBreaks } from "./unit-words";

/** The name with 「|」 at every allowed break. */
const marked = (name: string) => {
  let out = "";
  let from = 0;
  for (const i of unitWordBreaks(name)) {
    out += `${name.slice(from, i)}|`;
    from = i;
  }
  return out + name.slice(from);
};

describe("unit names break between words only (GB/T 9704—2012 7.3.1 词意完整)", () => {
  it.each([
    ["示例县城关镇人民政府", "示例县|城关镇|人民政府"],
    ["广东省深圳市龙岗区人民政府办公室", "广东省|深圳市|龙岗区|人民政府|办公室"],
    ["黑龙江省哈尔滨市道里区人民政府新阳路街道办事处", "黑龙江省|哈尔滨市|道里区|人民政府|新阳路|街道办事处"],
    ["内蒙古自治区鄂尔多斯市伊金霍洛旗人民政府", "内蒙古自治区|鄂尔多斯市|伊金霍洛旗|人民政府"],
    ["新疆维吾尔自治区乌鲁木齐市水磨沟区人民政府", "新疆维吾尔自治区|乌鲁木齐市|水磨沟区|人民政府"],
    ["武汉东湖新技术开发区管理委员会", "武汉东湖新技术开发区|管理委员会"],
    ["某某市市场监督管理局", "某某市|市场监督管理局"],
    ["杭州市西湖区人民政府", "杭州市|西湖区|人民政府"],
    ["北京市通州区人民政府", "北京市|通州区|人民政府"],
    ["江苏省镇江市人民政府", "江苏省|镇江市|人民政府"],
    ["乡宁县人民政府", "乡宁县|人民政府"],
    ["某县人民政府办公室（县政务公开办）", "某县|人民政府|办公室|（县政务公开办）"],
    ["城关镇", "城关镇"],
    ["大黑官河东西镇", "大黑官河东西镇"],
  ])("%s → %s", (name, want) => {
    expect(marked(name)).toBe(want);
  });

  it("never inside 人民政府, 办公室, 委员会 or 办事处", () => {
    const name = "某省某市某县某镇人民政府办公室管理委员会街道办事处";
    for (const i of unitWordBreaks(name)) {
      for (const word of ["人民政府", "办公室", "管理委员会", "街道办事处"]) {
        const at = name.indexOf(word);
        expect(i <= at || i >= at + word.length).toBe(true);
      }
    }
  });
});
