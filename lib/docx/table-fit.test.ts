import { describe, expect, it } from "vitest";
import { fittingSize, SHARED_MIN, CELL_MARGIN, valueCellSizes } from "./table-fit";

const mm = (x: number) => Math.round((x / 25.4) * 1440);

describe("value cell size: no number wraps", () => {
  it("keeps 五号 while a number fits, and shrinks (in half points) when it would not", () => {
    const cell = mm(156 / 15); // a 表四 column
    expect(fittingSize("12", cell, 10.5)).toBe(10.5);
    const six = fittingSize("999999", cell, 10.5);
    expect(six).toBeLessThan(10.5);
    expect(six * 2).toBe(Math.round(six * 2));
    // Six digits at 0.64 em each fit the cell less its padding.
    expect(6 * 0.64 * six).toBeLessThanOrEqual((cell - 2 * CELL_MARGIN) / 20);
  });

  it("the widest valid count (Number.MAX_SAFE_INTEGER) still fits on one line", () => {
    const text = String(Number.MAX_SAFE_INTEGER);
    const size = fittingSize(text, mm(156 / 15), 10.5);
    expect(size).toBeGreaterThan(0);
    expect(text.length * 0.64 * size).toBeLessThanOrEqual((mm(156 / 15) - 2 * CELL_MARGIN) / 20);
  });

  it("text that is not a number may wrap: it does not shrink the table", () => {
    expect(fittingSize("未能识别的很长很长的内容", mm(10), 10.5)).toBe(10.5);
  });

  it("a table's value cells share the smallest size one of them needs, down to 小六; below that only the cell shrinks", () => {
    const six = fittingSize("123456", mm(11), 10.5);
    expect(six).toBeGreaterThanOrEqual(SHARED_MIN);
    expect(valueCellSizes([{ text: "1", width: mm(11) }, { text: "123456", width: mm(11) }, { text: "123456", width: mm(40) }], 10.5)).toEqual([six, six, six]);
    const huge = String(Number.MAX_SAFE_INTEGER);
    const sizes = valueCellSizes([{ text: "1", width: mm(10) }, { text: huge, width: mm(10) }], 10.5);
    expect(sizes).toEqual([SHARED_MIN, fittingSize(huge, mm(10), 10.5)]);
  });
});
