// Render route under load (issue: hostile input): renders/s and latency at 50 and 200 concurrent clients
// against the production server (no request over 10 s; what the queue cannot hold is refused fast with
// 503), and the server's memory after 10 000 requests (growth over the first 1 000 ≤ 50 MB).
// Assumes a production build (npm run build); serves it on :3212 (or $BENCH_PORT). Traffic stays on loopback.
import { readFileSync } from "node:fs";
import valid from "../templates/gov-2021/fixtures/valid-report.json";
import { startServer } from "../e2e/server";
import { percentile, round, type BenchRow } from "./measure";

const PORT = Number(process.env.BENCH_PORT ?? 3212); // BENCH_PORT when several benches share a machine
const BODY = JSON.stringify(valid);

const rssMb = (pid: number) => {
  // Next's `start` runs the server in the child itself or a grandchild; take the largest RSS in the group.
  const kb = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
  return kb / 1024;
};

type Shot = { ms: number; status: number; retryAfter: number };

async function one(url: string): Promise<Shot> {
  const t0 = performance.now();
  try {
    const res = await fetch(`${url}/api/report/docx`, { method: "POST", body: BODY, headers: { "Content-Type": "application/json" } });
    await res.arrayBuffer();
    return { ms: performance.now() - t0, status: res.status, retryAfter: Number(res.headers.get("retry-after") ?? 0) };
  } catch {
    return { ms: performance.now() - t0, status: 0, retryAfter: 0 }; // connection refused or reset: counted, not thrown
  }
}

/**
 * `clients` loops, each sending requests back to back, until `total` requests were sent. Back to back is the
 * worst case (a refused client asks again at once); `politely`, a refused client waits its Retry-After first,
 * as the app's own download button and a well-behaved tool do.
 */
async function load(url: string, clients: number, total: number, politely = false): Promise<{ shots: Shot[]; seconds: number }> {
  const shots: Shot[] = [];
  let sent = 0;
  const t0 = performance.now();
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (sent < total) {
        sent++;
        const shot = await one(url);
        shots.push(shot);
        if (politely && shot.retryAfter > 0) await new Promise((r) => setTimeout(r, shot.retryAfter * 1000));
      }
    }),
  );
  return { shots, seconds: (performance.now() - t0) / 1000 };
}

function rows(label: string, { shots, seconds }: { shots: Shot[]; seconds: number }): BenchRow[] {
  const ok = shots.filter((s) => s.status === 200);
  const busy = shots.filter((s) => s.status === 503);
  return [
    { name: `${label}：每秒生成`, value: round(ok.length / seconds, 1), unit: "份/s" },
    { name: `${label}：成功请求 p50`, value: round(percentile(ok.map((s) => s.ms), 50)), unit: "ms" },
    { name: `${label}：成功请求 p99`, value: round(percentile(ok.map((s) => s.ms), 99)), unit: "ms", budget: "< 10 000 ms" },
    { name: `${label}：最长请求`, value: round(Math.max(...shots.map((s) => s.ms))), unit: "ms", budget: "< 10 000 ms" },
    { name: `${label}：排队已满被立即拒绝（503）`, value: busy.length, unit: `次 / ${shots.length}` },
    { name: `${label}：503 回应 p50`, value: busy.length ? round(percentile(busy.map((s) => s.ms), 50)) : 0, unit: "ms" },
    { name: `${label}：503 回应 p99`, value: busy.length ? round(percentile(busy.map((s) => s.ms), 99)) : 0, unit: "ms" },
    { name: `${label}：超过 10 s 的请求`, value: shots.filter((s) => s.ms > 10_000).length, unit: "次", budget: "0" },
    { name: `${label}：连接失败`, value: shots.filter((s) => s.status === 0).length, unit: "次" },
  ];
}

export default async function bench(): Promise<BenchRow[]> {
  const server = await startServer(PORT);
  try {
    const out: BenchRow[] = [];
    out.push(...rows("50 个并发客户端", await load(server.url, 50, 1000)));
    out.push(...rows("200 个并发客户端", await load(server.url, 200, 1000)));
    out.push(...rows("200 个并发客户端（被拒后按 Retry-After 等待）", await load(server.url, 200, 1000, true)));
    const before = rssMb(server.pid);
    await load(server.url, 8, 1000);
    const at1000 = rssMb(server.pid);
    await load(server.url, 8, 9000);
    const at10000 = rssMb(server.pid);
    out.push(
      { name: "服务器内存（开始测量时）", value: round(before), unit: "MB" },
      { name: "服务器内存（再 1 000 次请求后）", value: round(at1000), unit: "MB" },
      { name: "服务器内存（共 10 000 次请求后）", value: round(at10000), unit: "MB" },
      { name: "第 1 000 次之后的内存增长", value: round(at10000 - at1000), unit: "MB", budget: "≤ 50 MB" },
    );
    return out;
  } finally {
    await server.stop();
  }
}
