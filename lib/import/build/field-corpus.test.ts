// The field corpus (issue #21, test-support/field-corpus): reports laid out as Word, WPS and LibreOffice print
// them, each imported through the real doors and every printed cell compared with the data it was made from.
import { describe, expect, it } from "vitest";
import { allFieldCases } from "../../../test-support/field-corpus";
import { scoreCase, summarise } from "../../../test-support/field-corpus/score";

const cases = await allFieldCases();

describe("field corpus", () => {
  it("has a .docx and a PDF of every table layout", () => {
    expect(cases.filter((c) => c.layout.startsWith("Word：")).length).toBeGreaterThanOrEqual(14);
    expect(cases.filter((c) => c.layout.startsWith("PDF：")).length).toBe(cases.filter((c) => c.layout.startsWith("Word：")).length);
  });

  it.each(cases.map((c) => [`${c.layout}（${c.name}）`, c] as const))("%s: every printed cell exact, the verdict right, no 相差 from reading", async (_, c) => {
    const s = await scoreCase(c);
    expect(s.error).toBeUndefined();
    expect(s.wrong).toEqual([]);
    expect(s.unread).toEqual([]);
    expect(s.unnamed).toEqual([]);
    expect(s.arithmetic).toEqual([]);
    expect(s.verdict.got).toBe(c.verdict);
    expect(s.exact).toBe(s.printed);
  });

  it("the score sums the cases", async () => {
    const scores = await Promise.all(cases.slice(0, 2).map(scoreCase));
    const { total } = summarise(scores);
    expect(total.printed).toBe(scores[0]!.printed + scores[1]!.printed);
    expect(total.cases).toBe(2);
  });
});
