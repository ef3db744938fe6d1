import { describe, expect, it } from "vitest";
import { fnv1a64, textFingerprint, visibleText } from "./visible-text";

const doc = (body: string) => `<?xml version="1.0"?><w:document xmlns:w="x"><w:body>${body}</w:body></w:document>`;
const p = (...runs: string[]) => `<w:p><w:pPr><w:jc w:val="both"/></w:pPr>${runs.map((r) => `<w:r><w:t xml:space="preserve">${r}</w:t></w:r>`).join("")}</w:p>`;

describe("fnv1a64", () => {
  it("gives the published FNV-1a 64-bit test vectors", () => {
    expect(fnv1a64("")).toBe("cbf29ce484222325");
    expect(fnv1a64("a")).toBe("af63dc4c8601ec8c");
    expect(fnv1a64("foobar")).toBe("85944171f73967e8");
  });
});

describe("visibleText", () => {
  it("one line per non-empty paragraph, table cells included, whitespace and markup not counted", () => {
    const xml = doc(`${p("一、总体情况")}<w:p/>${p(" 2024年， ", "本镇\u3000收到")}<w:tbl><w:tr><w:tc>${p("自然人")}</w:tc><w:tc>${p("12")}</w:tc></w:tr></w:tbl>`);
    expect(visibleText(xml)).toBe("一、总体情况\n2024年，本镇收到\n自然人\n12");
  });

  it("reads entities; leaves out tracked deletions, moves away and field codes; keeps insertions", () => {
    const xml = doc(
      `<w:p><w:r><w:t>a&lt;b&amp;c&#x4E00;&#20108;</w:t></w:r><w:del w:id="1"><w:r><w:delText>删</w:delText></w:r></w:del>` +
        `<w:ins w:id="2"><w:r><w:t>增</w:t></w:r></w:ins><w:moveFrom w:id="3"><w:r><w:t>移走</w:t></w:r></w:moveFrom>` +
        `<w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:tab/><w:t>尾</w:t></w:r></w:p>`,
    );
    expect(visibleText(xml)).toBe("a<b&c一二增尾");
  });

  it("the fingerprint follows the text, not its runs, spacing or formatting", () => {
    const base = textFingerprint(doc(p("存在公开内容不够丰富等问题。")));
    expect(textFingerprint(doc(p("存在公开", "内容不够丰富等问题。")))).toBe(base);
    expect(textFingerprint(doc(`<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>存在公开内容 不够丰富等问题。</w:t></w:r></w:p><w:p/>`))).toBe(base);
    expect(textFingerprint(doc(p("存在公开内容不够丰富等问题！")))).not.toBe(base);
    expect(textFingerprint(doc(p("存在公开内容", "") + p("不够丰富等问题。")))).not.toBe(base); // a paragraph split
  });
});
