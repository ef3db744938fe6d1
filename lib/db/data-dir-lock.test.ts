import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DataDirBusy, LOCK_FILE, lockDataDir, unlockDataDir } from "./data-dir-lock";
import { closeDatabase, openDatabase } from "./open-database";

const dirs: string[] = [];
const freshDir = () => {
  const d = mkdtempSync(path.join(tmpdir(), "nianbao-lock-"));
  dirs.push(d);
  return d;
};
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const writeOwner = (dir: string, pid: number, since = new Date().toISOString(), host = hostname()) =>
  writeFileSync(path.join(dir, LOCK_FILE), JSON.stringify({ pid, host, since }));

describe("one process per PGlite data directory", () => {
  it("refuses while a live process holds it, naming the process and what to do", async () => {
    const dir = freshDir();
    const other = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeOwner(dir, other.pid!);
      expect(() => lockDataDir(dir)).toThrow(DataDirBusy);
      expect(() => lockDataDir(dir)).toThrow(`正被另一个年报助手进程（进程号 ${other.pid}`);
      expect(() => lockDataDir(dir)).toThrow("请先停止年报助手服务");
    } finally {
      other.kill();
    }
  });

  it("takes over a lock whose process is gone, or was written before the machine started", async () => {
    const gone = spawn(process.execPath, ["-e", ""]);
    await new Promise((r) => gone.on("exit", r));
    const dir = freshDir();
    writeOwner(dir, gone.pid!);
    lockDataDir(dir);
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), "utf8")).pid).toBe(process.pid);
    unlockDataDir(dir);
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);

    const beforeBoot = freshDir();
    writeOwner(beforeBoot, 1, "2000-01-01T00:00:00.000Z"); // pid 1 is alive, but not the writer
    lockDataDir(beforeBoot);
    unlockDataDir(beforeBoot);
  });

  it("a database open in this process holds the lock until closed; another process cannot open it", async () => {
    const dir = freshDir();
    const db = await openDatabase({ dataDir: dir, create: true });
    expect(JSON.parse(readFileSync(path.join(dir, LOCK_FILE), "utf8")).pid).toBe(process.pid);
    const script = `import("${path.resolve("lib/db/open-database.ts")}").then((m) => m.openDatabase({ dataDir: ${JSON.stringify(dir)} })).then(() => console.log("opened"), (e) => console.log(e.message))`;
    const child = spawn(process.execPath, ["--import", "tsx", "-e", script]);
    let said = "";
    child.stdout.on("data", (b) => (said += b));
    await new Promise((r) => child.on("exit", r));
    expect(said).toContain(`进程号 ${process.pid}`);
    await closeDatabase(db);
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  }, 30_000);
});
