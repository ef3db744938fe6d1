// nianbao admin: init → import-units → users → backup → restore, on PGlite data directories, through main().
import { spawn } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { authenticate, changePassword } from "../lib/accounts";
import { closeDatabase, openDatabase } from "../lib/db";
import { LOCK_FILE } from "../lib/db/data-dir-lock";
import { runCli, tempFiles } from "../test-support/cli";

const t = tempFiles("nianbao-admin-");
const data = t.at("data");
const passwordIn = (text: string, label: string) => new RegExp(`${label}：?\\s*(\\S+)`).exec(text)?.[1] ?? "";

async function withDb<T>(dir: string, work: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>): Promise<T> {
  const db = await openDatabase({ dataDir: dir });
  try {
    return await work(db);
  } finally {
    await closeDatabase(db);
  }
}

const csvRows = (file: string) => readFileSync(file, "utf8").replace(/^\ufeff/, "").trim().split("\r\n").map((l) => l.split(","));

describe("nianbao admin", () => {
  let adminPassword = "";

  it("says what it needs before a county is set up", async () => {
    const none = await runCli("admin");
    expect(none.code).toBe(2);
    expect(none.err).toContain("nianbao admin init --county <县（区）名称>");
    const early = await runCli("admin", "users", "--data-dir", data);
    expect(early.code).toBe(2);
    expect(early.err).toBe(`数据目录 ${data} 中没有数据库（先运行 nianbao admin init）`);
    expect((await runCli("admin", "init", "--data-dir", data)).err).toContain("用法：nianbao admin init");
  });

  it("init creates the county and an admin whose one-time password must be changed", async () => {
    const r = await runCli("admin", "init", "--county", "示例县", "--data-dir", data);
    expect(r.code).toBe(0);
    expect(r.out).toContain("已设置「示例县」");
    expect(r.out).toContain("管理员账号：admin");
    adminPassword = passwordIn(r.out, "初始密码");
    expect(adminPassword.length).toBeGreaterThanOrEqual(10);
    await withDb(data, async (db) => {
      expect((await authenticate(db, { username: "admin", password: adminPassword, address: null })).mustChangePassword).toBe(true);
    });
    const again = await runCli("admin", "init", "--county", "示例县", "--data-dir", data);
    expect(again.code).toBe(2);
    expect(again.err).toBe("「示例县」已经设置过了。");
  });

  it("import-units makes one clerk per roster line, writes 单位/账号/初始密码 for its owner only, and adds nothing twice", async () => {
    const roster = t.file("名单.txt", "单位名称\n城关镇人民政府\n\n=1+1镇人民政府\n城关镇人民政府\n县教育局,内设\n");
    const out = t.at("账号.csv");
    const r = await runCli("admin", "import-units", roster, "--out", out, "--data-dir", data);
    expect(r.err).toBe("");
    expect(r.out).toContain("「示例县」新建 3 个单位账号。");
    expect(statSync(out).mode & 0o777).toBe(0o600);
    expect(readFileSync(out, "utf8").startsWith("\ufeff单位,账号,初始密码\r\n")).toBe(true);
    const rows = csvRows(out);
    expect(rows.slice(1, 3).map((row) => row.slice(0, 2))).toEqual([["城关镇人民政府", "u0001"], ["'=1+1镇人民政府", "u0002"]]);
    expect(readFileSync(out, "utf8")).toMatch(/\r\n"县教育局,内设",u0003,\S{10,}\r\n$/);
    const [, first] = rows;
    await withDb(data, async (db) => {
      const clerk = await changePassword(db, { username: first![1]!, password: first![2]!, newPassword: "新的密码-城关镇-2025", address: null });
      expect(clerk).toMatchObject({ role: "clerk", unitName: "城关镇人民政府" });
    });
    const twice = await runCli("admin", "import-units", roster, "--out", t.at("again.csv"), "--data-dir", data);
    expect(twice.out).toContain("新建 0 个单位账号，3 个单位已有账号，未改动：城关镇人民政府、=1+1镇人民政府、县教育局,内设。");
    const kept = await runCli("admin", "import-units", roster, "--out", out, "--data-dir", data);
    expect(kept.err).toBe(`${out} 已存在，未覆盖；确需覆盖请加 --force`);
  });

  it("users lists, resets (the old password stops working) and disables accounts", async () => {
    const list = await runCli("admin", "users", "--data-dir", data);
    expect(list.out).toContain("「示例县」共 4 个账号");
    expect(list.out).toMatch(/u0001\t单位填报\t城关镇人民政府\t正常/);
    expect(list.out).toMatch(/u0002\t单位填报\t=1\+1镇人民政府\t待首次登录/);
    expect(list.out).toMatch(/admin\t管理员（兼审核）\t—\t待首次登录/);
    const reset = await runCli("admin", "users", "reset", "u0001", "--data-dir", data);
    const fresh = passwordIn(reset.out, "的新初始密码");
    await withDb(data, async (db) => {
      await expect(authenticate(db, { username: "u0001", password: "新的密码-城关镇-2025", address: null })).rejects.toThrow("账号或密码不正确。");
      expect((await authenticate(db, { username: "u0001", password: fresh, address: null })).mustChangePassword).toBe(true);
    });
    expect((await runCli("admin", "users", "disable", "u0003", "--data-dir", data)).out).toBe("账号 u0003 已停用，并已在所有设备上退出。");
    expect((await runCli("admin", "users", "--data-dir", data)).out).toMatch(/u0003\t单位填报\t县教育局,内设\t已停用/);
    expect((await runCli("admin", "users", "reset", "nobody", "--data-dir", data)).err).toBe("没有账号「nobody」。");
  });

  it("backup then restore into a new data directory brings every account back; never into one with data", async () => {
    const file = t.at("备份.nianbao.gz");
    const b = await runCli("admin", "backup", file, "--data-dir", data);
    expect(b.out).toContain("1 个县（区）、3 个单位、4 个账号、0 份报送");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const copy = t.at("restored");
    const r = await runCli("admin", "restore", file, "--data-dir", copy);
    expect(r.out).toContain(`已从 ${file} 恢复到 数据目录 ${copy}：1 个县（区）、3 个单位、4 个账号`);
    const users = await runCli("admin", "users", "--data-dir", copy);
    expect(users.out).toBe((await runCli("admin", "users", "--data-dir", data)).out);
    const into = await runCli("admin", "restore", file, "--data-dir", data);
    expect(into.err).toContain("目标数据库中已有数据");
    const junk = t.file("junk.gz", "not a backup");
    expect((await runCli("admin", "restore", junk, "--data-dir", t.at("empty"))).err).toBe("这不是年报助手的备份文件（无法解压）。");
  }, 60_000);

  it("refuses a data directory another running process owns (the server), saying what to do", async () => {
    const server = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      writeFileSync(path.join(data, LOCK_FILE), JSON.stringify({ pid: server.pid, host: hostname(), since: new Date().toISOString() }));
      const r = await runCli("admin", "users", "--data-dir", data);
      expect(r.code).toBe(2);
      expect(r.err).toContain(`正被另一个年报助手进程（进程号 ${server.pid}`);
      expect(r.err).toContain("请先停止年报助手服务");
    } finally {
      server.kill();
    }
  });
});
