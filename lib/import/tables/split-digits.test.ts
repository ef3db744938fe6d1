import { describe, expect, it } from "vitest";
import { runTogether, splitDigits } from "./split-digits";

/** 表三's row check: 总计 (the 7th cell) = the six applicant columns. */
const rowTotal = (v: number[]) => v[6] === v.slice(0, 6).reduce((a, b) => a + b, 0);

describe("digits run together", () => {
  it("are split when the row's total makes the split unique", () => {
    // 7 1 3 0 0 0 | 11: the only cut of 「713000」「11」 whose six numbers add up to the seventh.
    const row = ["7", "1", "3", "0", "0", "0", "11"];
    const glued = [row.slice(0, 6).join(""), row[6]!];
    expect(runTogether(glued, 7)).toBe(true);
    expect(splitDigits(glued, 7, rowTotal)).toEqual({ ok: true, cells: row });
  });

  it("「713000074」: 71 3 0 0 0 0 | 74 is the only cut into seven cells that adds up", () => {
    expect(splitDigits(["713000074"], 7, rowTotal)).toEqual({ ok: true, cells: ["71", "3", "0", "0", "0", "0", "74"] });
  });

  it("are not split when more than one cut adds up", () => {
    // 0 6 8 1 0 10 | 25 printed as 「0 6 810 10 25」: 8 1 0 | 10 and 8 10 | 1 0 both add up to 25.
    expect(splitDigits(["0", "6", "810", "10", "25"], 7, rowTotal)).toEqual({ ok: false, candidates: 2 });
  });

  it("never cuts a number with a leading zero, and leaves rows without runs alone", () => {
    expect(splitDigits(["105"], 2, () => true)).toEqual({ ok: true, cells: ["10", "5"] }); // never 1 | 05
    expect(runTogether(["1", "2", "3"], 7)).toBe(false);
  });
});
