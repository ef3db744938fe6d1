// Sections under another number or in another order are found, with a numbering advisory, never 「缺少章节」.
import { describe, expect, it } from "vitest";
import { gov2021 } from "../../../templates/gov-2021";
import { importMessages as m } from "../messages";
import { findHeadings } from "./headings";

const heading = (key: string) => gov2021.sections.find((s) => s.key === key)!.heading;

describe("findHeadings: numbering advisories", () => {
  it("五、其他需要报告的事项 before 六、存在的主要问题…: both found, in line order, each with its advisory", () => {
    const lines = [heading("overview"), "正文。", heading("proactive"), heading("requests"), heading("appeals"), "五、其他需要报告的事项", "无。", "六、存在的主要问题及改进情况", "存在不足。"];
    const h = findHeadings(gov2021, lines);
    expect(h.sections.map((f) => [f.key, f.line])).toEqual([["overview", 0], ["proactive", 2], ["requests", 3], ["appeals", 4], ["other", 5], ["problems", 7]]);
    expect(h.findings.filter((f) => f.rule === "structure.missing-section")).toEqual([]);
    expect(h.findings.filter((f) => f.rule === "structure.heading")).toEqual([
      { rule: "structure.heading", severity: "warning", cells: ["prose.problems.text"], message: m.headingMoved("六、存在的主要问题及改进情况", heading("problems")) },
      { rule: "structure.heading", severity: "warning", cells: ["prose.other.text"], message: m.headingMoved("五、其他需要报告的事项", heading("other")) },
    ]);
    expect(m.headingMoved("五、其他需要报告的事项", heading("other"))).toBe(
      "章节“五、其他需要报告的事项”的序号或位置与格式不同：格式规定为“六、其他需要报告的事项”，六个部分按一至六的顺序排列；已按其内容读取，请调整序号和顺序",
    );
  });

  it("a heading's words under a third-level number (「6.」) or a sentence that repeats them is not that section", () => {
    const lines = [heading("overview"), heading("proactive"), heading("requests"), heading("appeals"), heading("problems"), "6.其他需要报告的事项", "本年度其他需要报告的事项如下。"];
    const h = findHeadings(gov2021, lines);
    expect(h.sections.map((f) => f.key)).not.toContain("other");
    expect(h.findings.map((f) => f.rule)).toContain("structure.missing-section");
  });
});
