// `npm run build:web [-- --out DIR] [-- --base /nianbao]`: the static site (issue #25) — every page, worker, font
// and asset as plain files for any web server, at the root or under the prefix NIANBAO_BASE_PATH (or --base)
// chosen now. A `next build` in static mode (next.config.ts reads NIANBAO_STATIC). Next keeps its build
// artifacts in .next even then, so the server build there is moved aside and put back: `npm run build` and a
// second static build (the tests' /nianbao copy) never disturb each other.
import { spawnSync } from "node:child_process";
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

const root = path.resolve(import.meta.dirname, "..");
const { values } = parseArgs({ options: { out: { type: "string" }, base: { type: "string" } } });
const out = path.relative(root, path.resolve(root, values.out ?? "dist/web"));
const base = values.base ?? process.env.NIANBAO_BASE_PATH ?? "";

const next = path.join(root, ".next");
const kept = path.join(root, ".next-server-kept");
const hadServer = existsSync(next);
if (hadServer) {
  rmSync(kept, { recursive: true, force: true });
  renameSync(next, kept);
}
let status = 1;
try {
  const run = spawnSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NIANBAO_STATIC: "1", NIANBAO_WEB_OUT: out, NIANBAO_BASE_PATH: base },
  });
  status = run.status ?? 1;
} finally {
  rmSync(next, { recursive: true, force: true });
  if (hadServer) renameSync(kept, next);
}
if (status !== 0) process.exit(status);
console.log(`已生成静态网站 ${out}/（${base ? `网址前缀 ${base}` : "网站根目录"}）`);
