import { describe, expect, it } from "vitest";
import { cleanLine, cleanText } from "./hygiene";

describe("text hygiene at the door", () => {
  it("removes bidi overrides, zero-width characters, noncharacters and controls", () => {
    expect(cleanLine("\u202E城关镇\u200B人民政府\uFFFE\u0007")).toBe("城关镇人民政府");
    expect(cleanLine("东关镇\uD83F\uDFFE")).toBe("东关镇");
    expect(cleanLine("a\uD800b\uDC00c")).toBe("abc");
  });
  it("keeps real astral characters and normalises to NFC", () => {
    expect(cleanLine("𠀋e\u0301")).toBe("𠀋é");
  });
  it("keeps line breaks in multi-line text and folds them in one-line text", () => {
    expect(cleanText("一\r\n二\u2028三\t四")).toBe("一\n二\n三 四");
    expect(cleanLine("  一\n二  ")).toBe("一 二");
  });
});
