import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cleanText, splitParagraphs } from "./sanitize";

// XML 1.0 §2.2 Char, written out independently of the implementation.
const xmlChar = (cp: number) =>
  cp === 0x9 || cp === 0xa || cp === 0xd || (cp >= 0x20 && cp <= 0xd7ff) || (cp >= 0xe000 && cp <= 0xfffd) || (cp >= 0x10000 && cp <= 0x10ffff);

describe("cleanText", () => {
  it("removes the characters Word rejects and keeps everything else", () => {
    expect(cleanText("a\u0000b\u0008c\u000Bd\u000Ce\u001Ff\uFFFEg\uFFFFh")).toBe("abcdefgh");
    expect(cleanText("x\uD800y\uDC00z")).toBe("xyz");
    expect(cleanText("制表\t换行\n回车\r😀〔2021〕")).toBe("制表\t换行\n回车\r😀〔2021〕");
  });

  it("whatever is typed, what is left is legal XML text and loses only illegal characters", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        const out = cleanText(s);
        for (const ch of out) expect(xmlChar(ch.codePointAt(0)!)).toBe(true);
        const kept = [...s].filter((ch) => xmlChar(ch.codePointAt(0)!)).join("");
        expect(out).toBe(kept);
      }),
    );
  });
});

describe("splitParagraphs", () => {
  it("one paragraph per non-blank line, any line ending, trimmed of ASCII and full-width spaces", () => {
    expect(splitParagraphs("一\r\n二\r三\n\n\u3000\u3000四  \n   ")).toEqual(["一", "二", "三", "四"]);
    expect(splitParagraphs("")).toEqual([]);
    expect(splitParagraphs(undefined)).toEqual([]);
  });
});
