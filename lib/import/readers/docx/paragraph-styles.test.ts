import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { paragraphLook, readParagraphStyles } from "./paragraph-styles";

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const styles = readParagraphStyles(
  `<w:styles ${W}>` +
    `<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/></w:style>` +
    `<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="二级"/><w:basedOn w:val="a"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="Sig"><w:name w:val="署名"/><w:basedOn w:val="H2"/><w:pPr><w:jc w:val="right"/><w:outlineLvl w:val="9"/></w:pPr></w:style>` +
    `<w:style w:type="paragraph" w:styleId="L1"><w:basedOn w:val="L2"/></w:style><w:style w:type="paragraph" w:styleId="L2"><w:basedOn w:val="L1"/></w:style>` +
    `</w:styles>`,
);
const look = (pPr: string) => {
  const p = new DOMParser().parseFromString(`<w:p ${W}><w:pPr>${pPr}</w:pPr></w:p>`, "text/xml").documentElement!;
  return paragraphLook(p.getElementsByTagName("w:pPr")[0] as unknown as Parameters<typeof paragraphLook>[0], styles);
};

describe("paragraphLook", () => {
  it("outline level and alignment from the style chain, Word's 「heading N」 names, and the paragraph itself", () => {
    expect(look("")).toEqual({ align: "both" }); // the default style: not a style of its own
    expect(look('<w:pStyle w:val="1"/>')).toEqual({ outline: 0, style: "1", align: "both" });
    expect(look('<w:pStyle w:val="H2"/><w:jc w:val="center"/>')).toEqual({ outline: 1, style: "H2", align: "center" });
    expect(look('<w:pStyle w:val="Sig"/>')).toEqual({ style: "Sig", align: "right" }); // 9 = body text level
    expect(look('<w:outlineLvl w:val="0"/>')).toEqual({ outline: 0, align: "both" });
    expect(look('<w:pStyle w:val="L1"/>')).toEqual({ style: "L1" }); // a basedOn loop ends
    expect(look('<w:pStyle w:val="missing"/>')).toEqual({ style: "missing" });
  });

  it("no styles.xml, a broken one or one with a DOCTYPE: only what the paragraph says", () => {
    for (const xml of [undefined, "<w:styles", `<!DOCTYPE x [<!ENTITY e "x">]><w:styles ${W}/>`]) {
      const p = new DOMParser().parseFromString(`<w:p ${W}><w:pPr><w:jc w:val="right"/></w:pPr></w:p>`, "text/xml").documentElement!;
      expect(paragraphLook(p.getElementsByTagName("w:pPr")[0] as unknown as Parameters<typeof paragraphLook>[0], readParagraphStyles(xml))).toEqual({ align: "right" });
    }
  });
});
