import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { runCli as run, tempFiles } from "../test-support/cli";

const { dir, file } = tempFiles("nianbao-cli-");
const VALID = file("valid.json", JSON.stringify(valid));
const broken = structuredClone(valid);
broken.tables.requests.received.natural = 47;
const BROKEN = file("broken.json", JSON.stringify(broken));


describe("nianbao check", () => {
  it("exits 0 and says so in Chinese when there are no errors", async () => {
    const r = await run("check", VALID);
    expect(r.code).toBe(0);
    expect(r.out).toContain("未发现问题");
  });

  it("exits 1 and lists the errors as Chinese sentences (rule ids only in --json)", async () => {
    const r = await run("check", BROKEN);
    expect(r.code).toBe(1);
    expect(r.out).toContain("  错误  表三·自然人列：一+二 = 49，（七）总计+四 = 48，相差 1\n");
    expect(r.out).not.toContain("requests.balance");
  });

  it("--json prints the issues as {rule, severity, cells, message}", async () => {
    const r = await run("check", BROKEN, "--json");
    const issues = JSON.parse(r.out);
    expect(r.code).toBe(1);
    expect(issues.map((i: { rule: string }) => i.rule)).toEqual(["requests.balance", "requests.row-total"]);
    expect(Object.keys(issues[0]).sort()).toEqual(["cells", "message", "rule", "severity"]);
  });

  it("exits 0 when there are only warnings", async () => {
    const w = structuredClone(valid);
    w.tables.proactive.fees.amount = 5000;
    const r = await run("check", file("warn.json", JSON.stringify(w)));
    expect(r.code).toBe(0);
    expect(r.out).toContain("  提示  表二·行政事业性收费：本年收费金额 5000 万元");
    expect(r.out).toContain("共 0 个错误，1 个提示。");
  });

  it.each([
    ["missing file", path.join(dir, "nope.json"), "找不到文件"],
    ["malformed JSON", file("bad.json", "{oops"), "不是有效的 JSON 文件"],
    ["foreign JSON", file("foreign.json", '{"hello":"world"}'), "缺少 schemaVersion"],
    ["binary garbage", file("garbage.json", "\u0000\u0001\u00ff\ufffd"), "不是有效的 JSON 文件"],
  ])("exits 2 with a clear message for %s", async (_name, p, says) => {
    const r = await run("check", p);
    expect(r.code).toBe(2);
    expect(r.err).toContain(says);
    expect(r.err).not.toMatch(/at .*\.ts:\d+/); // never a stack trace
  });

  it("exits 2 with usage for a wrong call", async () => {
    expect((await run("check")).code).toBe(2);
    expect((await run("frobnicate")).err).toContain("未知命令");
  });

  it("works as the installed command, with real exit codes", () => {
    const bin = path.resolve(import.meta.dirname, "nianbao.mjs");
    expect(execFileSync(process.execPath, [bin, "check", VALID], { encoding: "utf8" })).toContain("未发现问题");
    const bad = spawnSync(process.execPath, [bin, "check", BROKEN, "--json"], { encoding: "utf8" });
    expect(bad.status).toBe(1);
    expect(JSON.parse(bad.stdout)[0].rule).toBe("requests.balance");
    const gone = spawnSync(process.execPath, [bin, "check", path.join(dir, "nope.json")], { encoding: "utf8" });
    expect(gone.status).toBe(2);
    expect(gone.stderr.trim()).toBe(`找不到文件：${path.join(dir, "nope.json")}`);
  });
});

describe("the compiled command line (npm run build:cli)", () => {
  it("says the same as the TypeScript one; it lists its sources (the launcher falls back to tsx when one is newer)", async () => {
    // Inside the project (its node_modules resolve from there), not in dist/cli (the launcher's).
    const out = path.resolve(import.meta.dirname, `../dist/test-${process.pid}`);
    onTestFinished(() => rmSync(out, { recursive: true, force: true }));
    execFileSync(process.execPath, [path.resolve(import.meta.dirname, "../scripts/build-cli.mjs"), out], { stdio: "pipe" });
    // Nine files: the compiled review hands them to worker threads (cli/review-pool.ts), the source reviews them in turn.
    const batch = path.join(dir, "batch");
    mkdirSync(batch, { recursive: true });
    for (let i = 0; i < 8; i++) writeFileSync(path.join(batch, `r${i}.json`), JSON.stringify({ ...valid, unit: { ...valid.unit, name: `示例县第${i}镇人民政府` } }));
    writeFileSync(path.join(batch, "broken.json"), JSON.stringify(broken));
    for (const args of [["check", VALID], ["check", BROKEN, "--json"], ["review", VALID, BROKEN], ["review", batch, "--roster", VALID]]) {
      const runner = `const { main } = await import(${JSON.stringify(path.join(out, "nianbao.mjs"))}); process.exitCode = await main(process.argv.slice(1));`;
      const compiled = spawnSync(process.execPath, ["--input-type=module", "-e", runner, ...args], { encoding: "utf8" });
      const source = await run(...args);
      expect([compiled.status, compiled.stdout.trimEnd()]).toEqual([source.code, source.out]);
    }
    const inputs: string[] = JSON.parse(readFileSync(path.join(out, "inputs.json"), "utf8"));
    expect(inputs).toContain("cli/main.ts");
    expect(inputs).toContain("lib/rules/evaluate.ts");
  }, 60_000);
});
