// The hostile-input suite (issue 15) through the other doors: `nianbao check`, `nianbao import` and
// `nianbao render --draft` (main() in-process, output captured), and POST /api/report/docx for what can be a
// request body (.json, .txt). Every case: exit code 0, 1 or 2; errors in Chinese with no English error text;
// within 1 s of CPU and 200 MB per command; every .docx written is valid and carries no markup from the input.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { POST } from "../app/api/report/docx/route";
import { expectChinese, expectValidDocx, expectWithinBudget, measured } from "../test-support/hostile/assert";
import { HOSTILE_CASES } from "../test-support/hostile/cases";
import { runCli, tempFiles } from "../test-support/cli";

const { file, at } = tempFiles("nianbao-hostile-");

async function cli(where: string, ...argv: string[]) {
  const { value: r, cost } = await measured(() => runCli(...argv));
  expectWithinBudget(cost, where);
  expect([0, 1, 2], `${where}: exit code`).toContain(r.code);
  if (r.err) expectChinese(r.err, `${where} (stderr)`);
  if (r.code === 2) expect(r.err, `${where}: says why`).not.toBe("");
  return r;
}

async function api(where: string, body: Uint8Array<ArrayBuffer>) {
  const { value: answer, cost } = await measured(async () => {
    const res = await POST(new Request("http://localhost/api/report/docx?draft=1", { method: "POST", body, headers: { "Content-Type": "application/json" } }));
    return { res, bytes: new Uint8Array(await res.arrayBuffer()) };
  });
  const { res, bytes } = answer;
  expectWithinBudget(cost, where);
  expect([200, 413, 422], `${where}: status`).toContain(res.status);
  if (res.status === 200) expectValidDocx(bytes, where);
  else expectChinese((JSON.parse(new TextDecoder().decode(bytes)) as { error: string }).error, where);
}

beforeAll(async () => {
  await runCli("check", file("warm.pdf", "%PDF-1.4\n")); // pdf.js and the schema load outside any budget
  await runCli("render", file("warm.json", "{}"), "-o", at("warm.docx"));
  // The render pool's worker thread starts (and compiles its TypeScript) outside any budget too.
  await POST(new Request("http://localhost/api/report/docx?draft=1", { method: "POST", body: "{}", headers: { "Content-Type": "application/json" } }));
});

describe.each(HOSTILE_CASES.map((c, i) => [c.id, c, i] as const))("hostile file %s", (id, c, i) => {
  const ext = path.extname(c.file);
  const name = `case${i}${ext}`; // a neutral name: the case's id is no part of any message
  let input = "";
  const written = () => (input ||= file(name, c.bytes()));

  it("nianbao check / import / render --draft", async () => {
    const p = written();
    const checked = await cli(`${id} check`, "check", p);
    const imported = await cli(`${id} import`, "import", p, "-o", at(`${name}.json`), "--force");
    expect(imported.code === 2, `${id}: import refuses exactly what check refuses`).toBe(checked.code === 2);
    if (imported.code === 0) expect(() => JSON.parse(readFileSync(at(`${name}.json`), "utf8")), `${id}: a JSON data file`).not.toThrow();
    if (checked.code === 2) return; // render reads the file as check and import do: the same refusal, already seen twice
    const rendered = await cli(`${id} render`, "render", p, "-o", at(`${name}.docx`), "--draft", "--force");
    if (rendered.code === 0) expectValidDocx(new Uint8Array(readFileSync(at(`${name}.docx`))), `${id} render`);
  });

  // The API takes a report's data (JSON), so only those bodies — and text, as a body that is not JSON — go to it.
  if (ext === ".json" || ext === ".txt")
    it("POST /api/report/docx", async () => {
      await api(`${id} api`, new Uint8Array(readFileSync(written())));
    });
});
