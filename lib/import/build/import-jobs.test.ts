// The worker's jobs give what the doors gave when they ran on the page: importFile + checkImported for
// /check, the data file as saved (any encoding) or the importers for the start page, startFromLastYear.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { encodeGbk } from "../../../test-support/gbk";
import { checkImported } from "./check-imported";
import { importFile } from "./import-file";
import { importJobs } from "./import-jobs";
import { importReport } from "./import-report";
import { readPdfNode } from "../readers/pdf/read-pdf-node";
import { parseReportJson } from "../../report/parse-report-json";
import { startFromLastYear } from "./start-from-last-year";

const fixtures = path.resolve(import.meta.dirname, "../../../templates/gov-2021/fixtures");
const seed = (name: string) => new Uint8Array(readFileSync(path.join(fixtures, "seeds", name)));
const jobs = importJobs(readPdfNode);

describe("import jobs", () => {
  it("checkFile: the import and the issues /check showed before", async () => {
    const result = await importFile("002.txt", seed("002.txt"), readPdfNode);
    const { result: got, issues } = await jobs.checkFile("002.txt", seed("002.txt"));
    expect(got).toEqual(result);
    expect(issues).toEqual(checkImported(result));
    expect(issues.length).toBeGreaterThan(0);
  });

  it("checkPaste: the clipboard's page when it reads, the plain text otherwise", () => {
    const text = readFileSync(path.join(fixtures, "seeds", "000.txt"), "utf8");
    const plain = importReport({ text });
    expect(jobs.checkPaste("<p>不是报告</p>", text)).toEqual({ result: plain, issues: checkImported(plain) });
    expect(jobs.checkPaste(null, text).result).toEqual(plain);
  });

  it("draftFromFile: a data file as saved, also in GBK; a broken one is refused in Chinese", async () => {
    const json = readFileSync(path.join(fixtures, "valid-report.json"), "utf8");
    const saved = parseReportJson(json);
    expect(saved.ok).toBe(true);
    expect(await jobs.draftFromFile("年报.json", encodeGbk(json))).toEqual(saved);
    const broken = await jobs.draftFromFile("年报.json", new TextEncoder().encode("{oops"));
    expect(broken.ok).toBe(false);
    expect(!broken.ok && broken.error).toContain("不是有效的 JSON");
  });

  it("draftFromFile / nextYearFromFile: any other report through the importers", async () => {
    const read = await importFile("002.txt", seed("002.txt"), readPdfNode);
    if (!read.ok) throw new Error(read.error);
    expect(await jobs.draftFromFile("002.txt", seed("002.txt"))).toEqual({ ok: true, report: read.report });
    expect(await jobs.nextYearFromFile("002.txt", seed("002.txt"))).toEqual({ ok: true, report: startFromLastYear(read.report) });
    expect(await jobs.nextYearFromFile("x.docx", new TextEncoder().encode("not a zip"))).toMatchObject({ ok: false, error: expect.stringMatching(/docx/) });
  });
});
