import { describe, expect, it } from "vitest";
import { signatureLayout } from "./signature";

const CHAR = 320; // 一字 of 3号 in twips
const LINE = 8844; // 156 mm

describe("署名 and 成文日期 (GB/T 9704—2012 7.3.5.2)", () => {
  it("a name longer than the date: 右空二字, the date's first character two characters right of the name's", () => {
    const { nameIndent, dateIndent } = signatureLayout("示例县城关镇人民政府", "2025年1月20日", LINE);
    expect(LINE - (nameIndent + 10 * CHAR)).toBe(2 * CHAR); // the name ends two characters from the right edge
    expect(dateIndent - nameIndent).toBe(2 * CHAR);
  });

  it("a date longer than the name less two characters: the date 右空二字, the name's right space grows", () => {
    const date = "2025年12月31日"; // 8 digits (half an em each) and 3 characters: 7 em
    const { nameIndent, dateIndent } = signatureLayout("城关镇", date, LINE);
    expect(LINE - (dateIndent + 7 * CHAR)).toBe(2 * CHAR);
    expect(dateIndent - nameIndent).toBe(2 * CHAR);
    expect(LINE - (nameIndent + 3 * CHAR)).toBe(8 * CHAR); // 右空 2 + (7 + 2) − 3
  });

  it("the boundary: a name exactly two characters longer than the date keeps both rules", () => {
    const { nameIndent, dateIndent } = signatureLayout("一二三四五六七八九", "2025年12月31日", LINE);
    expect(LINE - (nameIndent + 9 * CHAR)).toBe(2 * CHAR);
    expect(LINE - (dateIndent + 7 * CHAR)).toBe(2 * CHAR);
  });

  it("a name wider than the line starts at the margin", () => {
    expect(signatureLayout("城".repeat(40), "2025年1月20日", LINE)).toEqual({ nameIndent: 0, dateIndent: 2 * CHAR });
  });
});
