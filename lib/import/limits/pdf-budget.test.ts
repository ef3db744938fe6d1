import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { unembeddedChinesePdf } from "../../../test-support/minimal-pdf";
import { filteredPagePdf, flatePagePdf, pdfOf } from "../../../test-support/hostile/pdf";
import { lzwBomb, lzwEncode } from "../../../test-support/lzw-encode";
import { readPdfNode } from "../readers/pdf/read-pdf-node";
import { zeroBomb } from "../../../test-support/hostile/zip";
import { pdfContentWithin } from "./pdf-budget";

describe("pdfContentWithin", () => {
  it("lets a report's pages through", () => {
    expect(pdfContentWithin(unembeddedChinesePdf(["某某镇人民政府2024年政府信息公开工作年度报告", "一、总体情况"]))).toBe(true);
    expect(pdfContentWithin(flatePagePdf(new Uint8Array(deflateSync("BT (x) Tj ET\n".repeat(1000)))))).toBe(true);
  });

  it("counts compressed content as it inflates, and stops past the budget", () => {
    expect(pdfContentWithin(flatePagePdf(new Uint8Array(deflateSync("q Q\n".repeat(300_000)))), 1 << 20)).toBe(false);
    const t0 = performance.now();
    expect(pdfContentWithin(flatePagePdf(new Uint8Array([0x78, 0x9c, ...zeroBomb(1024)])))).toBe(false); // 1 GB
    expect(performance.now() - t0).toBeLessThan(1000);
  });

  it("counts LZW content as pdf.js decodes it: a page pdf.js reads passes, a bomb (2.5 GB from 1.5 MB) does not", async () => {
    // Written as ASCIIHex over LZW, so the file is text; pdf.js decodes both, and reads the words.
    const lzw = lzwEncode(new TextEncoder().encode("BT /F1 12 Tf 72 720 Td (Guanzhuang 2024) Tj ET\n".repeat(200)));
    const hex = `${[...lzw].map((b) => b.toString(16).padStart(2, "0")).join("")}>`;
    const page = pdfOf([
      "<< /Type /Catalog /Pages 2 0 R >>",
      "<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
      `<< /Length ${hex.length} /Filter [/ASCIIHexDecode /LZWDecode] >>\nstream\n${hex}\nendstream`,
      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 4 0 R >>",
    ]);
    expect(pdfContentWithin(page)).toBe(true);
    expect(pdfContentWithin(page, 200 * 47 - 1)).toBe(false); // its decoded size, counted exactly
    const read = await readPdfNode(page);
    expect(read.ok && read.pages[0]!.runs.map((r) => r.text).join("")).toContain("Guanzhuang 2024");
    expect(pdfContentWithin(filteredPagePdf(lzwBomb(1_000_000), "/LZWDecode"))).toBe(false);
    expect(pdfContentWithin(filteredPagePdf(lzwBomb(1_000_000), "/LZW"))).toBe(false);
  });
});
