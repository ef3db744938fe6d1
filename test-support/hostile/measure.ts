// One hostile case through importFile() in a child process (measure-child.ts): exact CPU time and peak memory.
import { spawn } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { HostileCase } from "./cases";

export type Measured = { cpuMs: number; wallMs: number; peakMb: number; ok: boolean; error: string | null };

const CHILD = path.join(import.meta.dirname, "measure-child.ts");

export async function measureInChild(c: HostileCase): Promise<Measured> {
  const dir = mkdtempSync(path.join(tmpdir(), "nianbao-hostile-"));
  const file = path.join(dir, c.file);
  writeFileSync(file, c.bytes());
  try {
    const out = await new Promise<string>((resolve, reject) => {
      const child = spawn(process.execPath, ["--import", "tsx", CHILD, file, c.file], { cwd: path.join(import.meta.dirname, "../.."), stdio: ["ignore", "pipe", "pipe"] });
      const chunks: Buffer[] = [];
      const errs: Buffer[] = [];
      child.stdout.on("data", (b: Buffer) => chunks.push(b));
      child.stderr.on("data", (b: Buffer) => errs.push(b));
      child.on("error", reject);
      child.on("close", (code) => (code === 0 ? resolve(Buffer.concat(chunks).toString()) : reject(new Error(`exit ${code}: ${Buffer.concat(errs).toString().slice(0, 2000)}`))));
    });
    return JSON.parse(out) as Measured;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
