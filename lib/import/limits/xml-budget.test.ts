import { describe, expect, it } from "vitest";
import { scanXml } from "./xml-budget";

const budget = { elements: 10, depth: 3, paragraphs: 2, cells: 2 };
const reason = (xml: string) => {
  const r = scanXml(xml, budget);
  return r.ok ? "ok" : r.reason;
};

describe("scanXml: one pass before any parser", () => {
  it("refuses a declaration wherever it stands, and only outside comments and CDATA", () => {
    expect(reason('<a><!DOCTYPE a [<!ENTITY x "y">]></a>')).toBe("doctype");
    expect(reason("<a/><!ENTITY x 'y'>")).toBe("doctype");
    expect(reason("<a><!-- <!DOCTYPE a> --><![CDATA[<!ENTITY x>]]></a>")).toBe("ok");
  });

  it("counts paragraphs and cells under any prefix, and elements of any name", () => {
    expect(reason("<b><w:p/><p/></b>")).toBe("ok");
    expect(reason("<b><w:p/><x:p/><p/></b>")).toBe("paragraphs");
    expect(reason("<b><w:tc/><w:tc/><w:tc/></b>")).toBe("cells");
    expect(reason("<b>" + "<w:r/>".repeat(10) + "</b>")).toBe("elements");
    expect(reason("<b><w:pPr/><w:pStyle/><w:tcPr/></b>")).toBe("ok");
  });

  it("measures depth by open elements; self-closing ones do not nest", () => {
    expect(reason("<a><b><c/></b></a>")).toBe("ok");
    expect(reason("<a><b><c><d/></c></b></a>")).toBe("ok");
    expect(reason("<a><b><c><d></d></c></b></a>")).toBe("depth");
  });

  it("reads quoted attribute values holding 「>」 and 「/>」", () => {
    expect(reason('<a x="1>2" y=\'/>\'><b/></a>')).toBe("ok");
  });

  it("refuses what is not well-formed: unclosed, mismatched, unterminated", () => {
    expect(reason("<a><b></a></b>")).toBe("malformed");
    expect(reason("<a>")).toBe("malformed");
    expect(reason("<a><!-- x</a>")).toBe("malformed");
    expect(reason('<a x="1></a>')).toBe("malformed");
  });

  it("is linear: 4 MB of elements in well under a second", () => {
    const xml = `<r>${"<w:r><w:t>x</w:t></w:r>".repeat(180_000)}</r>`;
    const t0 = performance.now();
    expect(scanXml(xml, { elements: 1e6, depth: 10, paragraphs: 10, cells: 10 }).ok).toBe(true);
    expect(performance.now() - t0).toBeLessThan(1000);
  });
});
