// Every door runs the one engine: the same input gives the same rule ids in the wizard, on /check, in
// `nianbao check`, in POST /api/report/docx (422 with the errors) and in `nianbao render` (refused
// without --draft). Inputs: the complete fixture, the breaking example of every catalogued rule, and the
// five seeds both as data files and as the text they were published with.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { POST } from "../app/api/report/docx/route";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { gov2021 } from "../templates/gov-2021";
import { checkImported } from "../lib/import/build/check-imported";
import { importReport } from "../lib/import/build/import-report";
import { validateReport } from "../lib/report/parse-report-json";
import type { Report } from "../lib/report/types";
import { ruleCatalogue } from "../lib/rules/catalogue";
import { evaluate } from "../lib/rules/evaluate";
import type { Issue } from "../lib/rules/types";
import { fromFormValues, toFormValues } from "../lib/wizard/form-values";
import { runCli, tempFiles } from "../test-support/cli";
import { RULE_EXAMPLES, issuesOf, type ExampleInput } from "../test-support/rule-examples";

const { file, at } = tempFiles("nianbao-doors-");
const seeds = path.resolve(import.meta.dirname, "../templates/gov-2021/fixtures/seeds");
const ids = (issues: Pick<Issue, "rule">[]) => issues.map((i) => i.rule).sort();
const errorIds = (issues: Pick<Issue, "rule" | "severity">[]) => ids(issues.filter((i) => i.severity === "error"));

function asReport(data: unknown): Report {
  const r = validateReport(data);
  if (!r.ok) throw new Error(r.error);
  return r.report;
}

/** The wizard holds a report as form values and writes the totals itself (design.md: totals are derived). */
const wizardDoor = (r: Report) => evaluate(fromFormValues(toFormValues(r, gov2021), gov2021), { format: gov2021 });
const checkPageDoor = (name: string, bytes: Uint8Array) => {
  const r = importReport({ name, bytes });
  if (!r.ok) throw new Error(r.error);
  return checkImported(r);
};
async function cliCheckDoor(p: string) {
  const r = await runCli("check", p, "--json");
  return { code: r.code, issues: JSON.parse(r.out) as Issue[] };
}
async function apiDoor(json: string) {
  const res = await POST(new Request("http://localhost/api/report/docx", { method: "POST", body: json, headers: { "Content-Type": "application/json" } }));
  return { status: res.status, issues: res.status === 422 ? ((await res.json()).issues as Issue[]) : [] };
}
const renderDoor = async (p: string) => (await runCli("render", p, "-o", at(`${path.basename(p)}.docx`))).code;

// A data file's totals are its own; the wizard recomputes them from the leaves (design.md), so a wrong
// typed total cannot exist there: a file whose totals disagree is a different report in the wizard.
const TOTAL_RULES = new Set(ruleCatalogue().filter((r) => r.family === "table" && r.id !== gov2021.rules.balance.rule).map((r) => r.id));

const seedNames = ["000", "001", "002", "003", "004"];
const inputs: [string, ExampleInput][] = [
  ["complete fixture", { kind: "data", report: asReport(valid) }],
  ...Object.entries(RULE_EXAMPLES).map(([id, make]): [string, ExampleInput] => [`example of ${id}`, make()]),
  ...seedNames.map((n): [string, ExampleInput] => [`seed ${n}.json`, { kind: "data", report: asReport(JSON.parse(readFileSync(path.join(seeds, `${n}.json`), "utf8"))) }]),
  ...seedNames.map((n): [string, ExampleInput] => [`seed ${n}.txt`, { kind: "text", name: `${n}.txt`, text: readFileSync(path.join(seeds, `${n}.txt`), "utf8") }]),
];
// Each data example is also taken as a data file would be: through the schema, with its defaults.
const dataFile = (input: ExampleInput) => (input.kind === "data" ? asReport(input.report) : null);

describe.each(inputs)("the same ids in every door: %s", (name, input) => {
  const report = dataFile(input);
  const content = report ? JSON.stringify(report) : input.kind === "text" ? input.text : input.kind === "file" ? input.bytes : "";
  const ext = report ? "json" : input.kind === "text" ? "txt" : "docx";
  const p = file(`${name.replace(/[^\w.-]+/g, "_")}.${ext}`, content);
  const bytes = typeof content === "string" ? new TextEncoder().encode(content) : content;
  const expected = ids(issuesOf(report ? { kind: "data", report } : input));
  const errors = errorIds(issuesOf(report ? { kind: "data", report } : input));

  it("/check and nianbao check (exit 1 exactly when there are errors)", async () => {
    expect(ids(checkPageDoor(path.basename(p), bytes))).toEqual(expected);
    const cli = await cliCheckDoor(p);
    expect(ids(cli.issues)).toEqual(expected);
    expect(cli.code).toBe(errors.length ? 1 : 0);
  });

  it("nianbao render refuses exactly when there are errors", async () => {
    expect(await renderDoor(p)).toBe(errors.length ? 1 : 0);
  });

  it.runIf(report !== null)("the wizard, and POST /api/report/docx (422 with exactly the errors)", async () => {
    const wizard = ids(wizardDoor(report!));
    if (expected.some((id) => TOTAL_RULES.has(id))) expect(wizard.filter((id) => TOTAL_RULES.has(id))).toEqual([]);
    else expect(wizard).toEqual(expected);
    const api = await apiDoor(content as string);
    expect(api.status).toBe(errors.length ? 422 : 200);
    expect(ids(api.issues)).toEqual(errors);
  });
});

describe("a complete real report", () => {
  it("seed 002 gives no error once it reports the one item the 条例 requires of a 人民政府 and it lacks", () => {
    const r = importReport({ text: readFileSync(path.join(seeds, "002.txt"), "utf8") });
    if (!r.ok) throw new Error(r.error);
    // As published, 官庄镇人民政府 (a 乡镇人民政府) says nothing of 社会评议 or 责任追究: a real omission.
    expect(errorIds(checkImported(r))).toEqual(["content.government-part"]);
    const completed = { ...r, report: structuredClone(r.report) };
    completed.report.prose.overview!.parts.assessment = "2021年，官庄镇政务公开工作考核结果为良好，未开展社会评议，未发生责任追究情况。";
    expect(errorIds(checkImported(completed))).toEqual([]);
  });
});
