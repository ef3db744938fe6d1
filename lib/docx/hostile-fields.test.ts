// Issue 15: markup, control characters and lone surrogates typed into every text field reach the .docx as
// text — well-formed XML, nothing injected — and Word's reader (LibreOffice here) prints them as typed.
import { beforeAll, describe, expect, it } from "vitest";
import { expectValidDocx } from "../../test-support/hostile/assert";
import { PAYLOADS, withPayloadEverywhere } from "../../test-support/hostile/cases";
import { validateReport } from "../report/parse-report-json";
import { renderDocxBuffer } from "./pack";
import { convertToPdf, pdfText, squash, tempDir, writeTemp } from "../../test-support/docx-utils";

const SHOWN = ["script", "attribute", "xmlBreak", "entity"] as const;
const dir = tempDir("nianbao-hostile-docx-");
const pdfs = new Map<string, string>();

async function rendered(payload: string) {
  const valid = validateReport(withPayloadEverywhere(payload));
  if (!valid.ok) throw new Error(valid.error);
  return new Uint8Array(await renderDocxBuffer(valid.report, { draft: true }));
}

describe("hostile text in every field of the .docx", () => {
  it.each(Object.keys(PAYLOADS).filter((k) => k !== "long"))("%s: well-formed, no markup injected", async (name) => {
    const xml = expectValidDocx(await rendered(PAYLOADS[name]!), name);
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/); // not allowed in XML 1.0 (§2.2)
    expect(xml).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
  });

  describe("printed by LibreOffice as typed", () => {
    beforeAll(async () => {
      const files = await Promise.all(SHOWN.map(async (name) => writeTemp(dir, `${name}.docx`, await rendered(PAYLOADS[name]!))));
      convertToPdf(files, dir);
      for (const name of SHOWN) pdfs.set(name, `${dir}/${name}.pdf`);
    }, 300_000);

    it.each(SHOWN)("%s", (name) => {
      const text = squash(pdfText(pdfs.get(name)!));
      expect(text).toContain(squash(`${PAYLOADS[name]!}preamble`));
      expect(text).toContain(squash(`${PAYLOADS[name]!}unit.name`).slice(0, 12));
    });
  });
});
