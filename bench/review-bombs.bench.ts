// Budgets per batch (issue #23, 审核台): a batch of three zip bombs — 3 × ~410 KB zips of 20 entries that
// each inflate to 20 MB (the most a report may be), 1.2 GB in all — stays under 300 MB of memory: in the CLI
// (`nianbao review`, compiled as npm run build makes it; peak RSS by GNU time) and in the browser (/review's
// worker, in the page's renderer process: its peak RSS sampled from /proc while the batch is reviewed, and the
// growth of all of Chromium's processes together). The batch stops adding at its budget and says so.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { launch, newPage } from "../e2e/browser";
import { startServer } from "../e2e/server";
import { rawZip, zeroBomb } from "../test-support/hostile/zip";
import { round, type BenchRow } from "./measure";

const PORT = Number(process.env.BENCH_BOMBS_PORT ?? 3233);
const MB = 1024 * 1024;

/** One bomb: 20 entries of 20 MB of zeros each (declared honestly), about 410 KB. */
function bomb(): Uint8Array {
  const data = zeroBomb(20);
  return rawZip(Array.from({ length: 20 }, (_, i) => ({ name: `单位${i + 1}/2024年政府信息公开工作年度报告.docx`, data, size: 20 * MB })));
}

function writeBombs(dir: string): string[] {
  return [1, 2, 3].map((i) => {
    const file = path.join(dir, `补报${i}.zip`);
    writeFileSync(file, bomb());
    return file;
  });
}

/** Peak RSS of `nianbao review` on the bombs (KB from GNU time), and what the batch said. */
function cliPeakMb(files: string[]): { mb: number | null; rows: number; stopped: boolean } {
  const root = path.resolve(import.meta.dirname, "..");
  execFileSync(process.execPath, [path.join(root, "scripts/build-cli.mjs")], { stdio: "pipe" });
  const r = spawnSync("/usr/bin/time", ["-f", "%M", process.execPath, path.join(root, "cli/nianbao.mjs"), "review", ...files, "--json"], { encoding: "utf8", maxBuffer: 64 * MB });
  const kb = /(\d+)\s*$/.exec(r.stderr ?? "");
  const batch = JSON.parse(r.stdout) as { entries: { error?: string }[] };
  return { mb: kb ? Number(kb[1]) / 1024 : null, rows: batch.entries.length, stopped: batch.entries.some((e) => e.error?.includes("其余文件未加入")) };
}

const rssMb = (pid: number) => {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
  } catch {
    return 0;
  }
};

const procs = () => readdirSync("/proc").filter((d) => /^\d+$/.test(d)).map(Number);
const read = (pid: number, what: string) => {
  try {
    return readFileSync(`/proc/${pid}/${what}`, "utf8");
  } catch {
    return ""; // gone meanwhile
  }
};

/** The Chromium started here (its main process, new since `before`) and its descendants: pid → is a renderer. */
function chromiumTree(before: Set<number>): Map<number, boolean> {
  const parent = new Map(procs().map((p) => [p, Number(read(p, "stat").replace(/^.*\) \S+ /, "").split(" ")[0])]));
  const roots = procs().filter((p) => !before.has(p) && /chromium/.test(read(p, "cmdline")) && !read(p, "cmdline").includes("--type="));
  const out = new Map<number, boolean>();
  for (const [pid] of parent) {
    for (let q: number | undefined = pid; q && q > 1; q = parent.get(q)) {
      if (roots.includes(q)) {
        out.set(pid, read(pid, "cmdline").includes("--type=renderer"));
        break;
      }
    }
  }
  return out;
}

async function browserPeakMb(files: string[]): Promise<{ renderer: number; rendererBase: number; growth: number; rows: number; stopped: boolean }> {
  const server = await startServer(PORT);
  const before = new Set(procs());
  const browser = await launch();
  try {
    const page = await newPage(browser);
    await page.goto(`${server.url}/review`);
    await page.getByText("本批共").waitFor();
    const ours = () => [...chromiumTree(before)];
    const sum = () => ours().reduce((n, [pid]) => n + rssMb(pid), 0);
    const base = sum();
    const rendererBase = Math.max(0, ...ours().filter(([, r]) => r).map(([pid]) => rssMb(pid)));
    let renderer = 0;
    let total = base;
    const timer = setInterval(() => {
      for (const [pid, isRenderer] of ours()) if (isRenderer) renderer = Math.max(renderer, rssMb(pid));
      total = Math.max(total, sum());
    }, 50);
    await page.locator("#current-files").setInputFiles(files);
    await page.getByTestId("review-done").waitFor({ timeout: 600_000 });
    clearInterval(timer);
    const rows = await page.locator("tbody tr[data-entry]").count();
    const stopped = (await page.locator("tbody").textContent())?.includes("无法读取") ?? false;
    await page.locator("tbody tr[data-status=unreadable] th button").last().click();
    const said = (await page.getByTestId("entry-detail").textContent()) ?? "";
    await page.getByRole("button", { name: "清空" }).click();
    await page.getByRole("button", { name: "确定清空" }).click();
    return { renderer, rendererBase, growth: total - base, rows, stopped: stopped && said.includes("其余文件未加入") };
  } finally {
    await browser.close();
    await server.stop();
  }
}

export default async function bench(): Promise<BenchRow[]> {
  const dir = mkdtempSync(path.join(tmpdir(), "nianbao-bench-bombs-"));
  try {
    const files = writeBombs(dir);
    const kb = Math.round(readFileSync(files[0]!).length / 1024);
    const cli = cliPeakMb(files);
    const web = await browserPeakMb(files);
    const label = `3 个压缩炸弹（每个 ${kb} KB，解开后 400 MB）`;
    return [
      { name: `${label}：nianbao review 峰值内存（${cli.rows} 行${cli.stopped ? "，超出本批上限后停止加入" : ""}）`, value: cli.mb === null ? -1 : round(cli.mb, 0), unit: "MB", budget: "< 300 MB" },
      { name: `${label}：浏览器审核台所在渲染进程峰值内存（${web.rows} 行${web.stopped ? "，超出本批上限后停止加入" : ""}）`, value: round(web.renderer, 0), unit: "MB", budget: "< 300 MB" },
      { name: `${label}：该渲染进程打开审核台后、选择文件前`, value: round(web.rendererBase, 0), unit: "MB" },
      { name: `${label}：浏览器全部进程合计增长`, value: round(web.growth, 0), unit: "MB" },
    ];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
