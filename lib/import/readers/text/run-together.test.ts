import { describe, expect, it } from "vitest";
import { gov2021 } from "../../../../templates/gov-2021";
import { splitRunTogether } from "./run-together";

describe("splitRunTogether", () => {
  it("cuts a report on one line at its title, headings, sub-headings and signature; its tables one cell per line", () => {
    const line =
      "城关镇2024年政府信息公开工作年度报告本报告根据条例编制。一、总体情况2024年，城关镇扎实推进工作。（一）主动公开全年公开信息126条。" +
      "二、主动公开政府信息情况 第二十条第（一）项 信息内容 本年制发件数 规章 0 0 0 五、存在的主要问题及改进情况存在不足。" +
      "六、其他需要报告的事项无。城关镇2025年1月20日";
    expect(splitRunTogether(gov2021, [line])).toEqual([
      "城关镇2024年政府信息公开工作年度报告",
      "本报告根据条例编制。",
      "一、总体情况",
      "2024年，城关镇扎实推进工作。",
      "（一）主动公开",
      "全年公开信息126条。",
      "二、主动公开政府信息情况",
      ...["第二十条第（一）项", "信息内容", "本年制发件数", "规章", "0", "0", "0"],
      "五、存在的主要问题及改进情况",
      "存在不足。",
      "六、其他需要报告的事项",
      "无。",
      "城关镇",
      "2025年1月20日",
    ]);
  });

  it("finds a heading whatever its number, and on a line of its own section", () => {
    const lines = ["城关镇2024年政府信息公开工作年度报告", `一、总体情况　　${"本年度扎实推进工作。".repeat(10)}`, "五、其他需要报告的事项　　无。"];
    expect(splitRunTogether(gov2021, lines)).toEqual(["城关镇2024年政府信息公开工作年度报告", "一、总体情况", "本年度扎实推进工作。".repeat(10), "五、其他需要报告的事项", "无。"]);
  });

  it("leaves text alone when no line is long, or no heading is inside", () => {
    expect(splitRunTogether(gov2021, ["一、总体情况", "本年度扎实推进工作。"])).toBeNull();
    expect(splitRunTogether(gov2021, ["本年度扎实推进工作，".repeat(20)])).toBeNull();
  });
});

describe("splitRunTogether: bounded work", () => {
  it("a line of thousands of numbers 「一、」 is not a report run together (nothing is tried)", () => {
    expect(splitRunTogether(gov2021, ["一、总体".repeat(3_000)])).toBeNull();
  });
});
