import { describe, expect, it } from "vitest";
import { maxEm } from "./measure";
import { reportTitle, titleLines, TITLE_LINE_EM } from "./title-lines";
import { unitWordBreaks } from "./unit-words";

const TAIL = "2024年政府信息公开工作年度报告";

// Unit names of 2 to 20 characters, as clerks type them.
const NAMES = [
  "某镇", "城关镇", "港口乡", "示例县城", "金殿镇政府", "示例县城关镇", "港口乡人民政府", "示例县城关镇政府", "大黑山镇人民政府",
  "示例县城关镇人民政府", "示例县大黑山镇人民政府", "示例县市场监督管理局", "示例市示例县城关镇人民政府", "广东省深圳市龙岗区人民政府",
  "国家税务总局深圳市龙岗区税务局", "广东省深圳市龙岗区人民政府办公室", "黑龙江省哈尔滨市道里区人民政府办公室",
  "新疆维吾尔自治区乌鲁木齐市水磨沟区人民政府", "内蒙古自治区鄂尔多斯市伊金霍洛旗人民政府",
];

describe("title lines (GB/T 9704—2012 7.3.1)", () => {
  it("the lines are the title, each fits the 156 mm line at 2号 (20.1 em)", () => {
    expect(TITLE_LINE_EM).toBeCloseTo(442.2 / 22, 1);
    for (const name of NAMES) {
      const lines = titleLines(name, 2024);
      expect(lines.join("")).toBe(reportTitle({ unit: { name }, year: 2024 }));
      for (const l of lines) expect(maxEm(l)).toBeLessThanOrEqual(TITLE_LINE_EM);
    }
  });

  it("one line when it fits; otherwise the unit name, then 「YYYY年政府信息公开工作年度报告」 whole", () => {
    expect(titleLines("某镇", 2024)).toEqual([`某镇${TAIL}`]);
    expect(titleLines("港口乡", 2024)).toEqual([`港口乡${TAIL}`]);
    expect(titleLines("金殿镇政府", 2024)).toEqual(["金殿镇政府", TAIL]);
    expect(titleLines("示例县城关镇", 2024)).toEqual(["示例县城关镇", TAIL]);
    expect(titleLines("港口乡人民政府", 2024)).toEqual(["港口乡人民政府", TAIL]);
    expect(titleLines("示例县大黑山镇人民政府", 2024)).toEqual(["示例县大黑山镇人民政府", TAIL]);
    expect(titleLines("内蒙古自治区鄂尔多斯市伊金霍洛旗人民政府", 2024)).toEqual(["内蒙古自治区鄂尔多斯市伊金霍洛旗人民政府", TAIL]);
    for (const name of NAMES) {
      const lines = titleLines(name, 2024);
      if (lines.length > 1) expect(lines[lines.length - 1]).toBe(TAIL);
    }
  });

  it("a unit name wider than a line breaks between words into balanced lines, the upper one shorter (梯形)", () => {
    const name = "黑龙江省哈尔滨市道里区人民政府新阳路街道办事处";
    const lines = titleLines(name, 2024);
    expect(lines).toEqual(["黑龙江省哈尔滨市道里区", "人民政府新阳路街道办事处", TAIL]);
    let at = 0;
    for (const l of lines.slice(0, -2)) {
      at += l.length;
      expect(unitWordBreaks(name)).toContain(at);
    }
    const widths = lines.map(maxEm);
    expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
    expect(widths[1]).toBeLessThanOrEqual(widths[2]!);
  });

  it("never 沙漏形: a unit name over two lines is never long-short above the second part", () => {
    const lines = titleLines("新疆维吾尔自治区乌鲁木齐市水磨沟区人民政府街道办", 2024);
    expect(lines).toEqual(["新疆维吾尔自治区", "乌鲁木齐市水磨沟区人民政府街道办", TAIL]);
  });

  it("a name with no word break that fits nowhere is still cut to lines that fit", () => {
    const lines = titleLines("城".repeat(45), 2024);
    expect(lines.slice(0, -1).join("")).toBe("城".repeat(45));
    for (const l of lines) expect(maxEm(l)).toBeLessThanOrEqual(TITLE_LINE_EM);
  });
});
