// PGlite is PostgreSQL in one process: two processes opening one data directory each run their own server over
// the same files, and the directory is then unreadable by either (seen here: a third open failed with 「PGlite
// failed to initialize properly」). So one process owns a data directory at a time, by a lock file holding its
// process id — the running server, or an `admin` command while the server is stopped. A lock left by a process
// that no longer runs (a crash, a power cut) is taken over.
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, uptime } from "node:os";
import path from "node:path";

export const LOCK_FILE = "nianbao.lock";

export class DataDirBusy extends Error {}

type Owner = { pid: number; host: string; since: string };

const held = new Map<string, number>(); // data dir → how many opens in this process hold it

function readOwner(file: string): Owner | null {
  try {
    const o = JSON.parse(readFileSync(file, "utf8")) as Partial<Owner>;
    return typeof o.pid === "number" ? { pid: o.pid, host: String(o.host ?? ""), since: String(o.since ?? "") } : null;
  } catch {
    return null; // missing, or half-written by a process that died while writing it
  }
}

/** Written before this machine last started: its process is gone, whatever now has that process id. */
const beforeBoot = (owner: Owner) => Date.parse(owner.since) < Date.now() - uptime() * 1000;

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EPERM"; // running, under another user
  }
}

function busyMessage(dir: string, owner: Owner): string {
  return [
    `数据目录 ${dir} 正被另一个年报助手进程（进程号 ${owner.pid}，自 ${owner.since.slice(0, 19).replace("T", " ")} 起）使用。`,
    "内置数据库同一时间只能由一个进程打开：请先停止年报助手服务（如 systemctl stop nianbao），运行完命令后再启动；",
    "使用 PostgreSQL 服务器（DATABASE_URL）时没有这个限制。",
  ].join("");
}

function tryCreate(file: string): boolean {
  try {
    writeFileSync(file, JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() }), { flag: "wx" });
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return false;
    throw e;
  }
}

/** Takes the directory for this process (again, if it already holds it); refuses while another process does. */
export function lockDataDir(dir: string): void {
  const count = held.get(dir);
  if (count) return void held.set(dir, count + 1);
  const file = path.join(dir, LOCK_FILE);
  if (!tryCreate(file)) {
    const owner = readOwner(file);
    const sameHost = !owner || owner.host === hostname();
    if (owner && owner.pid !== process.pid && (!sameHost || (!beforeBoot(owner) && alive(owner.pid)))) throw new DataDirBusy(busyMessage(dir, owner));
    rmSync(file, { force: true }); // stale: its process is gone
    if (!tryCreate(file)) throw new DataDirBusy(busyMessage(dir, readOwner(file) ?? { pid: 0, host: "", since: "" }));
  }
  held.set(dir, 1);
}

export function unlockDataDir(dir: string): void {
  const count = held.get(dir) ?? 0;
  if (count > 1) return void held.set(dir, count - 1);
  held.delete(dir);
  if (readOwner(path.join(dir, LOCK_FILE))?.pid === process.pid) rmSync(path.join(dir, LOCK_FILE), { force: true });
}
