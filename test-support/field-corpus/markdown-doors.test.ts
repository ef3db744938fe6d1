// Markdown in every door (issue #21): a .md or .markdown file on /check (the import worker's importFile), on
// /review (reviewFile), in `nianbao check` and `nianbao import`, and the same text pasted — every door reads the
// same report from it, and says the same.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkImported } from "../../lib/import/build/check-imported";
import { importFile } from "../../lib/import/build/import-file";
import { importReport } from "../../lib/import/build/import-report";
import { readPdfNode } from "../../lib/import/readers/pdf/read-pdf-node";
import { reviewFile } from "../../lib/review/review-file";
import type { Issue } from "../../lib/rules/types";
import { runCli, tempFiles } from "../cli";
import { cellDiff } from "../generated-reports";
import { textShapeCases } from "./text-shapes";

const markdown = (await textShapeCases()).filter((c) => c.cause === "markdown" && "name" in c.input);
const { file, at } = tempFiles("nianbao-markdown-");
const ids = (issues: Pick<Issue, "rule">[]) => issues.map((i) => i.rule).sort();

describe.each(markdown.map((c) => [c.name, c] as const))("%s", (_, c) => {
  const input = c.input as { name: string; bytes: Uint8Array };
  const p = file(input.name, input.bytes);

  it("/check (importFile) and pasted text read the same report: every cell, the unit, no finding the data has not", async () => {
    const fromFile = await importFile(input.name, input.bytes, readPdfNode);
    const pasted = importReport({ text: new TextDecoder().decode(input.bytes) });
    for (const r of [fromFile, pasted]) {
      if (!r.ok) throw new Error(r.error);
      expect(cellDiff(r.report, c.source)).toEqual([]);
      expect(r.report.unit).toEqual(c.source.unit);
      expect(checkImported(r)).toEqual([]);
    }
    expect(fromFile.ok && fromFile.report.notes?.[0]).toBe("由年报助手从 Markdown 文件（.md）导入");
    expect(pasted.ok && pasted.report.notes?.[0]).toBe("由年报助手从粘贴的 Markdown 文本导入");
  });

  it("/review: 通过, with its unit and year", async () => {
    const e = await reviewFile({ name: `乡镇/${input.name}`, bytes: input.bytes }, readPdfNode);
    expect([e.status, e.unit, e.year, e.format, e.errors]).toEqual(["pass", c.source.unit.name, c.source.year, "gov-2021", 0]);
  });

  it("nianbao check (exit 0, no issue) and nianbao import (the same cells)", async () => {
    const check = await runCli("check", p, "--json");
    expect([check.code, ids(JSON.parse(check.out) as Issue[])]).toEqual([0, []]);
    const out = at(`${input.name}.json`);
    expect((await runCli("import", p, "-o", out)).code).toBe(0);
    expect(cellDiff(JSON.parse(readFileSync(out, "utf8")), c.source)).toEqual([]);
  });
});
