// Every date form registers use reads as the same day; what is not a calendar day reads as null (never guessed).
import { describe, expect, it } from "vitest";
import { parseRegisterDate, shownRegisterDate } from "./parse-date";

describe("parseRegisterDate", () => {
  it.each([
    ["2024-03-05", "2024-03-05"],
    ["2024/3/5", "2024-03-05"],
    ["2024.3.5", "2024-03-05"],
    ["2024年3月5日", "2024-03-05"],
    ["2024年03月05日", "2024-03-05"],
    ["20240305", "2024-03-05"],
    ["2024-03-05 10:20", "2024-03-05"],
    ["2024-03-05T10:20:00Z", "2024-03-05"],
    ["２０２４－０３－０５", "2024-03-05"],
    // Excel serials: 45356 is 2024-03-05 (25569 = 1970-01-01, 45356 − 25569 = 19787 days).
    ["45356", "2024-03-05"],
    ["45356.4375", "2024-03-05"],
    ["2024-02-29", "2024-02-29"],
  ])("%s → %s", (text, iso) => {
    expect(parseRegisterDate(text)).toBe(iso);
  });

  it.each(["2024-13-45", "2023-02-29", "2024年2月30日", "3月5日", "去年十月", "", "12345", "2024", "24.3.5", "2024.00.12"])("%s is not a date", (text) => {
    expect(parseRegisterDate(text)).toBeNull();
  });
});

describe("shownRegisterDate", () => {
  it("shows an Excel serial number as the date it was counted under, and the number", () => {
    expect(shownRegisterDate("45556")).toBe("2024-09-21（表中为 45556）");
    expect(shownRegisterDate(" ４５５５６ ")).toBe("2024-09-21（表中为 ４５５５６）");
  });
  it("leaves every other text as it is", () => {
    for (const t of ["2024-03-05", "2024年3月5日", "20240305", "12345", "", "未答复"]) expect(shownRegisterDate(t)).toBe(t);
  });
});
