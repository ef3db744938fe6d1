import fc from "fast-check";
import { describe, expect, it } from "vitest";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import type { Report } from "../report/types";
import { cleanLine, cleanText, sanitizeReport, splitParagraphs } from "./sanitize";

// What may never reach the page, written out independently of the implementation: XML 1.0 §2.2 non-characters
// (and Unicode's other noncharacters, U+FDD0–U+FDEF and every plane's xFFFE/xFFFF),
// C0 (but tab, LF, CR), DEL, C1, bidi controls, zero-width characters and the BOM.
const forbidden = (cp: number) =>
  (cp < 0x20 && cp !== 0x9 && cp !== 0xa && cp !== 0xd) ||
  (cp >= 0x7f && cp <= 0x9f) ||
  (cp >= 0xd800 && cp <= 0xdfff) ||
  (cp & 0xfffe) === 0xfffe || (cp >= 0xfdd0 && cp <= 0xfdef) ||
  (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp === 0x200e || cp === 0x200f || cp === 0x061c ||
  (cp >= 0x200b && cp <= 0x200d) || (cp >= 0x2060 && cp <= 0x2064) || cp === 0xfeff || cp === 0x180e;
const codePoints = (s: string) => [...s].map((ch) => ch.codePointAt(0)!);
const breaks = (cp: number) => [0x0a, 0x0d, 0x0b, 0x0c, 0x85, 0x2028, 0x2029].includes(cp);

describe("cleanText (multi-line text)", () => {
  it("removes C0/C1 controls, DEL, bidi overrides and isolates, zero-width characters and the BOM", () => {
    expect(cleanText("a\u0000b\u0008c\u001Fd\u007Fe\u0080f\u009Fg")).toBe("abcdefg");
    expect(cleanText("\u202E报告年度\u202C\u202D\u2066x\u2067y\u2068z\u2069")).toBe("报告年度xyz");
    expect(cleanText("\uFEFF零\u200B宽\u200C字\u200D符\u2060\u200E\u200F")).toBe("零宽字符");
    expect(cleanText("x\uD800y\uDC00z\uFFFE\uFFFF")).toBe("xyz");
  });

  it("normalises every line break to \\n and a tab to a space; keeps emoji and brackets", () => {
    expect(cleanText("一\r\n二\r三\u2028四\u2029五\u0085六\u000B七\u000C八")).toBe("一\n二\n三\n四\n五\n六\n七\n八");
    expect(cleanText("制表\t符😀〔2021〕")).toBe("制表 符😀〔2021〕");
  });

  it("whatever is typed, nothing forbidden is left and every other character is kept in order (tabs as spaces)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => {
        const out = cleanText(s);
        expect(codePoints(out).filter(forbidden)).toEqual([]);
        const kept = (cps: number[]) => cps.filter((cp) => !forbidden(cp) && !breaks(cp));
        const visible = String.fromCodePoint(...kept(codePoints(s.replace(/\t/g, " "))));
        expect(kept(codePoints(out))).toEqual(codePoints(visible.normalize("NFC")));
      }),
    );
  });
});

describe("cleanLine (single-line fields)", () => {
  it("turns tabs and line breaks into one space and trims", () => {
    expect(cleanLine("\u3000示例县\t城关镇\r\n人民政府 \u2028")).toBe("示例县 城关镇 人民政府");
    expect(cleanLine("a\u202Eb\u200Bc")).toBe("abc");
  });

  it("never leaves a line break or tab", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 100 }), (s) => {
        expect(codePoints(cleanLine(s)).filter((cp) => forbidden(cp) || breaks(cp) || cp === 0x9)).toEqual([]);
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

describe("sanitizeReport", () => {
  it("cleans every string field: single-line ones to one line, prose keeping its paragraphs", () => {
    const r = structuredClone(valid) as unknown as Report;
    const bad = "\u202E甲\t乙\n丙\u0007\uFEFF";
    r.unit.name = bad;
    r.publishedOn = `2025-01-20${bad}`;
    r.contact.phone = bad;
    r.preamble = bad;
    r.prose.problems!.text = bad;
    r.prose.other!.parts.fee = bad;
    (r.tables.requests as Record<string, Record<string, unknown>>).received!.natural = bad;
    const s = sanitizeReport(r);
    expect(s.unit.name).toBe("甲 乙 丙");
    expect(s.publishedOn).toBe("2025-01-20甲 乙 丙");
    expect(s.contact.phone).toBe("甲 乙 丙");
    expect([s.preamble, s.prose.problems!.text, s.prose.other!.parts.fee]).toEqual(["甲 乙\n丙", "甲 乙\n丙", "甲 乙\n丙"]);
    expect((s.tables.requests as Record<string, Record<string, unknown>>).received!.natural).toBe("甲 乙 丙");
    expect(r.unit.name).toBe(bad); // the input is not changed
  });
});
