// The hostile-input suite (issue 15) through importFile() — what /check and the home page call: every case
// generated here (test-support/hostile/cases.ts) ends in a Chinese message or a report, within 1 s of CPU
// and 200 MB; the ones that must be refused are, and the ones that must be read are.
import { beforeAll, describe, expect, it } from "vitest";
import { expectChinese, expectWithinBudget, measured } from "../../../test-support/hostile/assert";
import { HOSTILE_CASES } from "../../../test-support/hostile/cases";
import { importFile } from "../build/import-file";
import { readPdfNode } from "../readers/pdf/read-pdf-node";

beforeAll(async () => {
  // pdf.js, the schema and the templates load once, outside any case's budget.
  await importFile("warm.pdf", new TextEncoder().encode("%PDF-1.4\n"), readPdfNode);
  await importFile("warm.json", new TextEncoder().encode("{}"), readPdfNode);
});

describe("hostile files through importFile()", () => {
  it(`has at least 150 generated cases (${HOSTILE_CASES.length})`, () => expect(HOSTILE_CASES.length).toBeGreaterThanOrEqual(150));

  it.each(HOSTILE_CASES.map((c) => [c.id, c] as const))("%s", async (id, c) => {
    const bytes = c.bytes();
    const { value: result, cost } = await measured(() => importFile(c.file, bytes, readPdfNode));
    if (!result.ok) expectChinese(result.error, id);
    else for (const f of result.findings) expectChinese(f.message, `${id} finding`);
    if (c.expect) expect(result.ok ? "read" : `refused: ${result.error}`, id).toMatch(c.expect === "read" ? /^read$/ : /^refused: /);
    expectWithinBudget(cost, id);
  });
});
