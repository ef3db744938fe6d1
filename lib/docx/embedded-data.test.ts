// The data part a .docx made here carries: valid OPC (a custom XML part, its properties, the relationship from
// the main document, content types), well-formed XML whatever the clerk typed, and nothing but the report.
import { DOMParser, type Element } from "@xmldom/xmldom";
import { cleanLine, cleanText } from "../text/hygiene";
import { describe, expect, it } from "vitest";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import type { Report } from "../report/types";
import { DATA_NAMESPACE, DATA_VERSION } from "./embedded-data";
import { renderDocxBuffer } from "./pack";
import { readDocx } from "../../test-support/docx-utils";
import { FINGERPRINT_ALGORITHM, textFingerprint } from "./visible-text";

const fixture = valid as unknown as Report;
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

async function render(report: Report) {
  return readDocx(new Uint8Array(await renderDocxBuffer(report, { draft: true })));
}

describe("the embedded data part", () => {
  it("is a custom XML part of the main document, with its properties and content type (ECMA-376 §15.2.4, §22.5)", async () => {
    const parts = await render(fixture);
    expect(parts.names).toEqual(expect.arrayContaining(["customXml/item1.xml", "customXml/itemProps1.xml", "customXml/_rels/item1.xml.rels"]));
    const rels = [...parts.xml("word/_rels/document.xml.rels").getElementsByTagName("Relationship")];
    const toItem = rels.filter((r) => r.getAttribute("Type") === `${REL}/customXml`);
    expect(toItem.map((r) => r.getAttribute("Target"))).toEqual(["../customXml/item1.xml"]);
    expect(new Set(rels.map((r) => r.getAttribute("Id"))).size).toBe(rels.length);
    const props = parts.xml("customXml/_rels/item1.xml.rels").getElementsByTagName("Relationship")[0]!;
    expect([props.getAttribute("Type"), props.getAttribute("Target")]).toEqual([`${REL}/customXmlProps`, "itemProps1.xml"]);
    const types = parts.xml("[Content_Types].xml");
    const override = [...types.getElementsByTagName("Override")].find((o) => o.getAttribute("PartName") === "/customXml/itemProps1.xml");
    expect(override?.getAttribute("ContentType")).toBe("application/vnd.openxmlformats-officedocument.customXmlProperties+xml");
    expect([...types.getElementsByTagName("Default")].some((d) => d.getAttribute("Extension") === "xml")).toBe(true);
    const item = parts.xml("customXml/itemProps1.xml").documentElement!;
    expect(item.getAttribute("ds:itemID")).toMatch(/^\{[0-9A-F]{8}-[0-9A-F]{4}-4[0-9A-F]{3}-8[0-9A-F]{3}-[0-9A-F]{12}\}$/);
  });

  it("holds the report and the fingerprint of the visible text, in its own namespace and version — nothing else", async () => {
    const parts = await render(fixture);
    const root = parts.xml("customXml/item1.xml").documentElement!;
    expect([root.namespaceURI, root.localName, root.getAttribute("version")]).toEqual([DATA_NAMESPACE, "reportData", String(DATA_VERSION)]);
    const children = [...root.childNodes].filter((n): n is Element => n.nodeType === 1);
    expect(children.map((c) => c.localName)).toEqual(["fingerprint", "report"]);
    expect(children[0]!.getAttribute("algorithm")).toBe(FINGERPRINT_ALGORITHM);
    expect(children[0]!.textContent).toBe(textFingerprint(parts.text("word/document.xml")));
    expect(JSON.parse(children[1]!.textContent ?? "")).toEqual(fixture);
    // No time, user, or file name: rendering twice gives the same part.
    const again = await render(fixture);
    for (const name of ["customXml/item1.xml", "customXml/itemProps1.xml"]) expect(again.text(name)).toBe(parts.text(name));
  });

  it("stays well-formed XML and carries what was printed: markup as typed, what the door's hygiene removes gone (issue #23)", async () => {
    const hostile = structuredClone(fixture);
    const typed = "</report></reportData>]]>&amp;<w:p>\"'\u0000\u0001\u000b\u001f\u007f\u0085\ufffe\uffff\ud800x\udc00😀\r\n\t末";
    hostile.prose.problems!.text = typed;
    hostile.contact.phone = typed.slice(0, 40);
    const parts = await render(hostile);
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level, msg) => void (level !== "warning" && errors.push(msg)) }).parseFromString(parts.text("customXml/item1.xml"), "text/xml");
    expect(errors).toEqual([]);
    const report = doc.getElementsByTagNameNS(DATA_NAMESPACE, "report")[0]!;
    const carried = JSON.parse(report.textContent ?? "") as Report;
    expect(carried.prose.problems!.text).toBe(cleanText(typed));
    expect(carried.prose.problems!.text).toContain("</report></reportData>]]>&amp;<w:p>\"'");
    expect(carried.contact.phone).toBe(cleanLine(typed.slice(0, 40)));
  });
});
