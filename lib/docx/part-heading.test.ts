import { describe, expect, it } from "vitest";
import { gov2021 } from "../../templates/gov-2021";
import type { SectionDef } from "../format/types";
import { chineseNumeral, partHeading } from "./part-heading";

const overview = gov2021.sections.find((s) => s.key === "overview")!;

describe("second-level headings carry an ordinal (GB/T 9704—2012 7.3.3)", () => {
  it("工作考核、社会评议和责任追究结果情况 follows （五）监督保障 as （六）, its text from the format", () => {
    const i = overview.parts!.findIndex((p) => p.key === "assessment");
    const label = overview.parts![i]!.heading;
    expect(partHeading(overview, i - 1)).toBe("（五）监督保障");
    expect(partHeading(overview, i)).toBe(`（六）${label}`);
  });

  it("headings that have an ordinal are unchanged", () => {
    for (const s of gov2021.sections)
      (s.parts ?? []).forEach((p, i) => {
        if (p.heading.startsWith("（")) expect(partHeading(s, i)).toBe(p.heading);
      });
  });

  it("counts on past 十", () => {
    expect([1, 9, 10, 11, 19, 20, 23].map(chineseNumeral)).toEqual(["一", "九", "十", "十一", "十九", "二十", "二十三"]);
    const parts = Array.from({ length: 12 }, (_, k) => ({ key: `p${k}`, heading: k === 0 ? "（十）甲" : `项${k}` }));
    const s = { key: "x", number: "一", heading: "一、", guidance: "", parts } as unknown as SectionDef;
    expect(partHeading(s, 3)).toBe("（十三）项3");
  });
});
