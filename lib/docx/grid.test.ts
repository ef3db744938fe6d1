import { describe, expect, it } from "vitest";
import { CHAR_SPACE, GRID_SCALE, INDENT_2_CHARS, LINE_PITCH, libreOfficePitchTwips } from "./grid";

// GB/T 9704—2012 5.2.2 and 7.1: 22 lines of 28 characters fill the 156 mm × 225 mm type area.
const width = (156 / 25.4) * 72; // pt
const height = (225 / 25.4) * 72;

describe("document grid (22 × 28)", () => {
  it("22 lines fit the type area's height, 23 do not", () => {
    expect(22 * (LINE_PITCH / 20)).toBeLessThanOrEqual(height);
    expect(23 * (LINE_PITCH / 20)).toBeGreaterThan(height);
  });

  it("Word's pitch (16 pt + charSpace/4096) puts 28 characters on a line, not 29", () => {
    const pitch = 16 + CHAR_SPACE / 4096;
    expect(28 * pitch).toBeLessThanOrEqual(width);
    expect(29 * pitch).toBeGreaterThan(width);
  });

  it("LibreOffice's pitch also gives 28, and a grid character (scaled) fits one of its cells", () => {
    const pitch = libreOfficePitchTwips() / 20;
    expect(Math.floor(width / pitch)).toBe(28);
    expect((16 * GRID_SCALE) / 100).toBeLessThanOrEqual(pitch);
    expect(GRID_SCALE).toBeGreaterThanOrEqual(95); // no visible narrowing
  });

  it("左空二字 is two grid characters for Word and just under two cells for LibreOffice", () => {
    expect(INDENT_2_CHARS.firstLineChars).toBe(200);
    expect(INDENT_2_CHARS.firstLine).toBeLessThan(2 * libreOfficePitchTwips());
    expect(INDENT_2_CHARS.firstLine).toBeGreaterThan(1.9 * libreOfficePitchTwips());
  });
});
