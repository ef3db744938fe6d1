import { describe, expect, it } from "vitest";
import { formatNumber, printCell } from "./format-number";

describe("printing numbers", () => {
  it("prints counts as plain digits and blanks as 0", () => {
    expect(printCell(13612, "count")).toBe("13612");
    expect(printCell(null, "count")).toBe("0");
    expect(printCell("", "count")).toBe("0");
    expect(printCell("１２", "count")).toBe("12");
  });

  it("prints amounts with at most 4 decimals, no trailing zeros", () => {
    expect(formatNumber(1.25, "amount")).toBe("1.25");
    expect(formatNumber(0.00001, "amount")).toBe("0");
    expect(printCell("3.5000", "amount")).toBe("3.5");
  });

  it("prints unreadable text as typed rather than inventing a number", () => {
    expect(printCell("abc", "count")).toBe("abc");
  });
});
