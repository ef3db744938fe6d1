// Test support for the CLI: a temp folder with files, and main() run with captured output.
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { main } from "../cli/main";

export function tempFiles(prefix: string) {
  const dir = mkdtempSync(path.join(tmpdir(), prefix));
  const at = (name: string) => path.join(dir, name);
  const file = (name: string, content: string | Uint8Array) => {
    writeFileSync(at(name), content);
    return at(name);
  };
  return { dir, at, file };
}

export async function runCli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { log: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join("\n"), err: err.join("\n") };
}
