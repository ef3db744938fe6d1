// Every text shape of the field corpus (text-shapes.ts) reads back as the data it was written from: every
// cell, the unit, year and 成文日期, the contact fields, the fee, the prose in its fields, the format, and the
// findings — those of the data itself (the rule engine on the source), plus only what the layout deserves.
import { describe, expect, it } from "vitest";
import { checkImported } from "../../lib/import/build/check-imported";
import { importFile } from "../../lib/import/build/import-file";
import { importReport, type ImportResult } from "../../lib/import/build/import-report";
import { readPdfNode } from "../../lib/import/readers/pdf/read-pdf-node";
import type { Report } from "../../lib/report/types";
import { evaluate } from "../../lib/rules/evaluate";
import { cellDiff } from "../generated-reports";
import { textShapeCases, type TextShapeCase } from "./text-shapes";

const cases = await textShapeCases();

async function read(c: TextShapeCase): Promise<Extract<ImportResult, { ok: true }>> {
  const r = "pasted" in c.input ? importReport({ text: c.input.pasted }) : await importFile(c.input.name, c.input.bytes, readPdfNode);
  if (!r.ok) throw new Error(r.error);
  return r;
}

/** Prose as words: a one-line report has no paragraph breaks left to compare. */
const squash = (s: string) => s.replace(/\s+/g, "");
function proseWords(r: Report): Record<string, string> {
  const out: Record<string, string> = { preamble: squash(r.preamble) };
  for (const [key, s] of Object.entries(r.prose)) {
    out[key] = squash(s.text);
    for (const [part, t] of Object.entries(s.parts)) out[`${key}.${part}`] = squash(t);
  }
  return out;
}

const key = (i: { rule: string; cells: string[] }) => `${i.rule} ${i.cells.join(",")}`;

describe.each(cases.map((c) => [`${c.layout}：${c.name}`, c] as const))("%s", (_, c) => {
  it("every cell, the unit, year, 成文日期 and the format", async () => {
    const got = await read(c);
    expect(cellDiff(got.report, c.source)).toEqual([]);
    expect(got.unread).toEqual([]);
    const { unit, year, publishedOn } = got.report;
    expect({ unit, year, publishedOn }).toEqual({ unit: c.source.unit, year: c.source.year, publishedOn: c.source.publishedOn });
    expect(got.detected.format).toBe(c.verdict);
  });

  it("the contact fields and the fee", async () => {
    const got = await read(c);
    expect(got.report.contact).toEqual(c.source.contact);
    expect(got.report.infoFee).toEqual(c.source.infoFee);
  });

  it("the prose in its fields", async () => {
    const got = await read(c);
    expect(proseWords(got.report)).toEqual(proseWords(c.source));
  });

  it("the findings of the data, and only what the layout deserves", async () => {
    const got = await read(c);
    const found = checkImported(got);
    const want = [...evaluate(c.source).map(key), ...c.findings.map(key)].sort();
    expect(found.map(key).sort()).toEqual(want);
    for (const f of c.findings) {
      const hit = found.find((i) => key(i) === key(f))!;
      for (const words of f.says) expect(hit.message).toContain(words);
    }
  });
});
