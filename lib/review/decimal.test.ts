import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDecimals, fromScaled, toScaled } from "./decimal";

describe("exact 万元 sums", () => {
  it("0.1 + 0.2 is 0.3, not 0.30000000000000004", () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(addDecimals([0.1, 0.2])).toBe("0.3");
    expect(addDecimals(["0.1", "0.2", null, ""])).toBe("0.3");
  });

  it("text as typed (full-width digits, thousands separators) and blanks as 0; unreadable left out", () => {
    expect(addDecimals(["１.２５", "1,000.5", null, "无"])).toBe("1001.75");
    expect(toScaled("两万")).toBeNull();
    expect(fromScaled(0n)).toBe("0");
  });

  it("a thousand amounts of four places: the same as integer arithmetic in 0.0001 万元", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 99_999_999 }), { maxLength: 1000 }), (units) => {
        const total = units.reduce((s, u) => s + BigInt(u), 0n);
        const int = total / 10000n;
        const frac = (total % 10000n).toString().padStart(4, "0").replace(/0+$/, "");
        expect(addDecimals(units.map((u) => u / 10000))).toBe(frac ? `${int}.${frac}` : `${int}`);
      }),
      { numRuns: 50 },
    );
  });
});
