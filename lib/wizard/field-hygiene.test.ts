import { describe, expect, it } from "vitest";
import { caretAfter, cleanOnLeave, cleanWhileTyping } from "./field-hygiene";

describe("hygiene on the wizard's fields", () => {
  it("while typing: hidden characters go, the space before the next word stays", () => {
    expect(cleanWhileTyping("城关镇\u200b人民\u202e政府 ", false)).toBe("城关镇人民政府 ");
    expect(cleanWhileTyping("一行\r\n二行\t", false)).toBe("一行 二行 ");
    expect(cleanWhileTyping("第一段\u2067\n第二段 ", true)).toBe("第一段\n第二段 ");
  });
  it("on leaving: a single line is trimmed and its runs of spaces made one; prose keeps its paragraphs", () => {
    expect(cleanOnLeave("  城关镇  人民政府\ufffe ", false)).toBe("城关镇 人民政府");
    expect(cleanOnLeave("第一段\u0007\n\n第二段", true)).toBe("第一段\n\n第二段");
  });
  it("keeps the caret after the same characters", () => {
    const typed = "ab\u200bc|d";
    expect(caretAfter(typed, typed.indexOf("|"), (s) => cleanWhileTyping(s, false))).toBe(3);
  });
});
