// Issue 16: a document made here re-imports with every field, prose included. 500 random reports → .docx →
// import gives the same report (the embedded data); with the data part removed, the visible text alone gives
// tables, unit, year and date exactly, prose for ≥ 99 % of reports, and every difference is reported.
import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { renderDocxBuffer } from "../../../docx/pack";
import { pdfText, readBytes, squash as squashAll, tempDir, writeTemp } from "../../../../test-support/docx-utils";
import { cellDefs } from "../../../format/cell-path";
import { validateReport } from "../../../report/parse-report-json";
import type { Report } from "../../../report/types";
import { getPath, setPath } from "../../../values/object-path";
import { gov2021 } from "../../../../templates/gov-2021";
import valid from "../../../../templates/gov-2021/fixtures/valid-report.json";
import { squash } from "./compare-embedded";
import { importReport, type ImportResult } from "../../build/import-report";
import { sameFee } from "../../structure/info-fee";
import { reportArb } from "../../../../test-support/report-arbitrary";
import { editPart, withoutEmbeddedData } from "../../../../test-support/docx-packages";

/** LibreOffice headless conversion with a private profile (parallel runs don't lock each other). */
function convertTo(format: "pdf" | "docx", files: string[], outDir: string): void {
  const profile = `file://${tempDir("lo-nianbao-")}`;
  execFileSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", format, "--outdir", outDir, ...files], { stdio: "pipe", timeout: 180_000 });
}

const RUNS = 500;
const SEED = Number(process.env.NIANBAO_SEED ?? 16);
const defs = cellDefs(gov2021);
const proseFields = ["preamble", ...gov2021.sections.filter((s) => !s.table).flatMap((s) => [`prose.${s.key}.text`, ...(s.parts ?? []).map((p) => `prose.${s.key}.parts.${p.key}`)])];

type Ok = Extract<ImportResult, { ok: true }>;
const ok = (r: ImportResult): Ok => {
  if (!r.ok) throw new Error(r.error);
  return r;
};

/** Fields the visible text gave differently; `reported`: the import names them in a finding. */
function differences(got: Ok, want: Report) {
  const reportedCells = new Set(got.findings.flatMap((f) => f.cells));
  const exact = [
    ...defs.filter((d) => getPath(got.report, d.path) !== getPath(want, d.path)).map((d) => d.path),
    ...(["unit.name", "year", "publishedOn"] as const).filter((p) => getPath(got.report, p) !== getPath(want, p)),
  ];
  const prose = proseFields.filter((p) => squash(getPath(got.report, p)) !== squash(getPath(want, p)));
  const other = [...(got.report.unit.kind !== want.unit.kind ? ["unit.kind"] : []), ...(sameFee(got.report.infoFee, want.infoFee) ? [] : ["infoFee"])];
  const show = (p: string) => `${p}: ${JSON.stringify(getPath(got.report, p))} ≠ ${JSON.stringify(getPath(want, p))}`;
  const all = [...exact, ...prose, ...other];
  return { exact, prose, silent: all.filter((p) => !reportedCells.has(p) && !reportedCells.has(p.replace(/\..*/, ""))).map(show), shown: all.map(show) };
}

describe("a .docx made here comes back exactly", () => {
  it(`${RUNS} random reports: with the data part deep-equal; without it tables/unit/year/date exact, prose ≥ 99 %, no silent difference`, async () => {
    const reports = fc.sample(reportArb(), { numRuns: RUNS, seed: SEED });
    let proseDiffering = 0;
    const silent: string[] = [];
    const exactWrong: string[] = [];
    const [t0, cpu0] = [performance.now(), process.cpuUsage()];
    for (const [i, report] of reports.entries()) {
      const bytes = new Uint8Array(await renderDocxBuffer(report, { draft: true }));
      const withData = ok(importReport({ name: "r.docx", bytes }));
      expect(withData.embedded, `case ${i}`).toBe("exact");
      expect(withData.report, `case ${i}`).toEqual(report);
      const d = differences(ok(importReport({ name: "r.docx", bytes: withoutEmbeddedData(bytes) })), report);
      if (d.exact.length) exactWrong.push(`case ${i}: ${d.shown.join("; ")}`);
      if (d.prose.length) proseDiffering++;
      if (d.silent.length) silent.push(`case ${i}: ${d.silent.join("; ")}`);
      if (d.shown.length) console.log(`case ${i} (without the data part): ${d.shown.join("; ")}`);
    }
    const rate = 1 - proseDiffering / RUNS;
    const cpu = process.cpuUsage(cpu0);
    const took = `${((performance.now() - t0) / 1000).toFixed(1)} s (CPU ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s)`;
    console.log(`${RUNS} reports (seed ${SEED}) in ${took}; without the data part prose equal for ${(rate * 100).toFixed(1)} % of reports`);
    expect(exactWrong).toEqual([]);
    expect(silent).toEqual([]);
    expect(rate).toBeGreaterThanOrEqual(0.99);
  }, 120_000);
});

describe("a .docx made here and edited after download", () => {
  // In its canonical form (as parseReportJson gives it: every cell of lastYear present).
  const original = (() => {
    const r = structuredClone(valid) as unknown as Report;
    r.tables.proactive.penalty = { decisions: 918273 };
    r.contact.email = "gk@example.gov.cn"; // not printed: only the data part has it
    const v = validateReport(r);
    if (!v.ok) throw new Error(v.error);
    return v.report;
  })();
  const rendered = async () => new Uint8Array(await renderDocxBuffer(original, { draft: true }));
  const PROBLEMS = "存在公开内容不够丰富等问题。下一步将加强培训。";

  it("a changed paragraph and a changed cell: says so, returns the edited text, names the fields, keeps the rest exact", async () => {
    const bytes = editPart(await rendered(), (xml) => xml.replace(PROBLEMS, "存在公开内容不够丰富等问题。下一步将加强业务培训。").replace(">918273<", ">918274<"));
    const r = ok(importReport({ name: "edited.docx", bytes }));
    expect(r.embedded).toBe("edited");
    const said = r.findings.filter((f) => f.rule === "import.edited-after-download");
    expect(said).toHaveLength(1);
    expect(said[0]!.message).toContain("文档在下载后被修改过，已按文档内容读取");
    expect(said[0]!.message).toContain("五、存在的主要问题及改进情况");
    expect(said[0]!.message).toContain("表二·行政处罚");
    expect(said[0]!.cells).toEqual(["prose.problems.text", "tables.proactive.penalty.decisions"]);
    let want = setPath(original, "prose.problems.text", "存在公开内容不够丰富等问题。下一步将加强业务培训。");
    want = setPath(want, "tables.proactive.penalty.decisions", 918274);
    expect({ ...r.report, notes: undefined }).toEqual({ ...want, notes: undefined });
  });

  it("a change of layout or spacing only is no change: the data comes back exactly", async () => {
    const bytes = editPart(await rendered(), (xml) => xml.replace(`<w:t xml:space="preserve">${PROBLEMS}</w:t>`, `<w:t xml:space="preserve">  存在公开内容不够丰富等问题。</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>下一步将加强培训。</w:t>`));
    const r = ok(importReport({ name: "bold.docx", bytes }));
    expect(r.embedded).toBe("exact");
    expect(r.report).toEqual(original);
  });

  it("a data part that cannot be used: the visible text is read and the import says why", async () => {
    const broken = editPart(await rendered(), (xml) => xml.replace(/<report [^>]*>\{/, "$&oops"), "customXml/item1.xml");
    const newer = editPart(await rendered(), (xml) => xml.replace(' version="1"', ' version="2"'), "customXml/item1.xml");
    for (const [bytes, why] of [[broken, "数据已损坏"], [newer, "请升级年报助手"]] as const) {
      const r = ok(importReport({ name: "x.docx", bytes }));
      expect(r.embedded).toBeUndefined();
      const said = r.findings.filter((f) => f.rule === "import.embedded-unreadable");
      expect(said.map((f) => f.message)).toEqual([expect.stringContaining(why)]);
      expect(r.report.prose).toEqual(original.prose);
    }
  });

  const tools = spawnSync("soffice", ["--version"]).status === 0 && spawnSync("pdftotext", ["-v"]).status === 0;
  it.skipIf(!tools)("LibreOffice opens it, converts it to PDF and re-saves it as .docx; the re-saved file still imports exactly", async () => {
    const dir = tempDir("nianbao-own-");
    const src = writeTemp(dir, "report.docx", await rendered());
    const resaved = path.join(dir, "resaved");
    convertTo("pdf", [src], dir);
    convertTo("docx", [src], resaved);
    const text = squashAll(pdfText(path.join(dir, "report.pdf")));
    expect(text).toContain(`${original.unit.name}${original.year}年政府信息公开工作年度报告`);
    expect(text).not.toMatch(/schemaVersion|urn:nianbao|918273[^0-9]*918273/); // the data part is not content
    const again = readBytes(path.join(resaved, "report.docx"));
    const r = ok(importReport({ name: "report.docx", bytes: again }));
    expect(r.embedded).toBe("exact");
    expect(r.report).toEqual(original);
    convertTo("pdf", [path.join(resaved, "report.docx")], resaved); // and the re-saved file opens again
    expect(squashAll(pdfText(path.join(resaved, "report.pdf")))).toBe(text);
  }, 240_000);
});

describe("what only the data part can carry", () => {
  it("blank and raw-text cells, contact, last year's tables, notes, characters XML cannot hold: deep-equal (100 cases)", async () => {
    await fc.assert(
      fc.asyncProperty(reportArb({ wild: true }), async (report) => {
        const r = ok(importReport({ name: "r.docx", bytes: new Uint8Array(await renderDocxBuffer(report, { draft: true })) }));
        expect(r.embedded).toBe("exact");
        expect(r.report).toEqual(report);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
