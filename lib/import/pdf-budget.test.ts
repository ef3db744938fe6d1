import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { unembeddedChinesePdf } from "../../test-support/minimal-pdf";
import { flatePagePdf } from "../../test-support/hostile/pdf";
import { zeroBomb } from "../../test-support/hostile/zip";
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
});
