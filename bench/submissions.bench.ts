// Server mode under a county's January (issue #26), on the embedded database (PGlite) behind the production server:
// 300 units submitting at once (loopback) with p99 ≤ 1 s; the reviewer's desk loading the 300 latest versions
// (the units and every current report, as the desk asks for them) in ≤ 2 s; the database
// size per report (data directory, .docx included) and per report in a backup.
// Assumes a production build (npm run build); serves it on :3213 (or $BENCH_PORT).
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createSession } from "../lib/accounts";
import { backupDatabase } from "../lib/db/backup";
import { closeDatabase, migrate, openDatabase } from "../lib/db";
import { startServer } from "../e2e/server";
import { reportOf, setUpCounty } from "../test-support/server-mode";
import { percentile, round, type BenchRow } from "./measure";

const PORT = Number(process.env.BENCH_PORT ?? 3213);
const UNITS = 300;

const duMb = (dir: string) => Number(execFileSync("du", ["-sk", dir], { encoding: "utf8" }).split("\t")[0]) / 1024;

async function prepare(dir: string) {
  const db = await openDatabase({ dataDir: dir, create: true });
  await migrate(db);
  const names = Array.from({ length: UNITS }, (_, i) => `第${i + 1}镇人民政府`);
  const county = await setUpCounty(db, "基准县", names);
  const cookies = [];
  for (const actor of [...county.clerks, county.admin]) cookies.push(`nianbao_session=${(await createSession(db, actor, null)).token}`);
  await closeDatabase(db); // the server owns the data directory from here
  return { names, clerkCookies: cookies.slice(0, UNITS), reviewerCookie: cookies[UNITS]! };
}

async function timed(fn: () => Promise<Response>): Promise<{ ms: number; status: number }> {
  const t0 = performance.now();
  const res = await fn();
  await res.arrayBuffer();
  return { ms: performance.now() - t0, status: res.status };
}

export default async function bench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "nianbao-bench-db-"));
  try {
    const { names, clerkCookies, reviewerCookie } = await prepare(dir);
    const emptyMb = duMb(dir);
    process.env.NIANBAO_DATA_DIR = dir; // the server inherits it
    const server = await startServer(PORT);
    const headers = (cookie: string) => ({ "Content-Type": "application/json", Origin: server.url, Cookie: cookie });
    try {
      await fetch(`${server.url}/api/submissions`, { headers: headers(reviewerCookie) }); // open the database, load the route
      // Each clerk's page asked GET /api/session when it opened (before 报送 can be pressed), as in the wizard.
      for (const cookie of clerkCookies) await (await fetch(`${server.url}/api/session`, { headers: headers(cookie) })).arrayBuffer();
      await (await fetch(`${server.url}/api/submissions`, { method: "POST", headers: headers(clerkCookies[0]!), body: "{}" })).arrayBuffer(); // the POST route loaded
      const t0 = performance.now();
      const shots = await Promise.all(
        names.map((name, i) => timed(() => fetch(`${server.url}/api/submissions`, { method: "POST", headers: headers(clerkCookies[i]!), body: reportOf(name) }))),
      );
      const wall = performance.now() - t0;
      const refused = shots.filter((s) => s.status !== 201).length;
      const ms = shots.map((s) => s.ms);

      // Every .docx rendered (in the background after the answer): the last one is there.
      const list = async () => (await fetch(`${server.url}/api/submissions?year=2024`, { headers: headers(reviewerCookie) })).json() as Promise<{ id: number; version: number }[]>;
      const rows = await list();
      const renderStart = performance.now();
      for (const row of rows) {
        while ((await fetch(`${server.url}/api/submissions/${row.id}/versions/${row.version}/docx`, { headers: headers(reviewerCookie) })).status !== 200) {
          await new Promise((r) => setTimeout(r, 100));
        }
      }
      const rendersAfter = performance.now() - renderStart;

      const d0 = performance.now(); // what the desk's 载入 asks: the units, and this year's and last year's reports
      await Promise.all(["/api/units", "/api/submissions?year=2024&include=report", "/api/submissions?year=2023&include=report"].map(async (u) => (await fetch(`${server.url}${u}`, { headers: headers(reviewerCookie) })).json()));
      const desk = performance.now() - d0;
      await server.stop();
      const fullMb = duMb(dir);
      const db = await openDatabase({ dataDir: dir });
      const backup = await backupDatabase(db);
      await closeDatabase(db);
      return [
        { name: `${UNITS} 个单位同时报送：p50`, value: round(percentile(ms, 50), 0), unit: "ms" },
        { name: `${UNITS} 个单位同时报送：p99`, value: round(percentile(ms, 99), 0), unit: "ms", budget: "≤ 1000 ms" },
        { name: `${UNITS} 个单位同时报送：全部完成`, value: round(wall, 0), unit: "ms" },
        { name: `${UNITS} 个单位同时报送：未成功`, value: refused, unit: "份" },
        { name: "全部 Word 文档在后台生成完毕（最后一份应答之后）", value: round(rendersAfter, 0), unit: "ms" },
        { name: `审核台载入 ${UNITS} 份报送（单位名单 + 本年度与上年度全部最新版本）`, value: round(desk, 0), unit: "ms", budget: "≤ 2000 ms" },
        { name: "数据库大小：每份报告（数据目录增量，含 Word 文档）", value: round(((fullMb - emptyMb) * 1024) / UNITS, 1), unit: "KB" },
        { name: "备份大小：每份报告", value: round(backup.bytes.length / 1024 / UNITS, 1), unit: "KB" },
      ];
    } finally {
      await server.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
