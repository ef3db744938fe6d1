// Issue #23: text hygiene where a report enters — the result of every import is clean, whatever the reader.
import { describe, expect, it } from "vitest";
import { renderDocxBuffer } from "../../docx/pack";
import { validateReport } from "../../report/parse-report-json";
import valid from "../../../templates/gov-2021/fixtures/valid-report.json";
import { editPart, withoutEmbeddedData } from "../../../test-support/docx-packages";
import { importReport } from "./import-report";

const fixture = (() => {
  const r = validateReport(valid);
  if (!r.ok) throw new Error(r.error);
  return r.report;
})();
const HIDDEN = /[\u0000-\u0008\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ufffe\uffff]/;

describe("every import comes out clean", () => {
  it("a .docx from elsewhere with a bidi override and zero-width characters in its title and prose", async () => {
    const plain = withoutEmbeddedData(new Uint8Array(await renderDocxBuffer(fixture, { draft: true })));
    const name = fixture.unit.name;
    const bytes = editPart(plain, (xml) => xml.replace(name, `\u202e${name.slice(0, 3)}\u200b${name.slice(3)}\u2066`).replace("。", "\u200d。\ufeff"));
    const r = importReport({ name: "r.docx", bytes });
    if (!r.ok) throw new Error(r.error);
    expect(r.report.unit.name).toBe(name);
    expect(JSON.stringify(r.report)).not.toMatch(HIDDEN);
  });

  it("a web page with &#xFFFE; in the unit name (the character Excel drops every text for)", () => {
    const html = `<h1>示例县&#xFFFE;城关镇人民政府2024年政府信息公开工作年度报告</h1><p>一、总体情况</p><p>本年度主动公开信息。</p>`;
    const r = importReport({ html });
    if (!r.ok) throw new Error(r.error);
    expect(r.report.unit.name).toBe("示例县城关镇人民政府");
    expect(JSON.stringify(r.report)).not.toMatch(HIDDEN);
  });

  it("a data file: the same hygiene as the loader's", () => {
    const r = importReport({ text: JSON.stringify({ ...valid, unit: { ...valid.unit, name: "城关镇\u202e人民政府\uffff" } }) });
    if (!r.ok) throw new Error(r.error);
    expect(r.report.unit.name).toBe("城关镇人民政府");
  });
});
