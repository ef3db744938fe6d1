// `nianbao review`'s only file-system part: the paths given (files, folders read recursively, .zip files)
// become ReviewFiles named by their path below what was given (「乡镇/官庄镇.docx」); hidden files skipped.
// A file too large to read gets its reason instead of its bytes (its row says 无法读取).
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import { MAX_INPUT_BYTES } from "../lib/import/build/import-report";
import { MAX_ZIP_TOTAL } from "../lib/review/expand-zips";
import type { ReviewFile } from "../lib/review/types";
import { CliError } from "./io";

const hidden = (name: string) => name.startsWith(".") || name.startsWith("~$") || name === "Thumbs.db" || name === "desktop.ini";

async function readOne(file: string, name: string): Promise<ReviewFile> {
  const size = (await stat(file)).size;
  const limit = /\.zip$/i.test(file) ? MAX_ZIP_TOTAL : MAX_INPUT_BYTES;
  if (size > limit) return { name, bytes: new Uint8Array(0), error: `文件过大（${Math.round(size / 1048576)} MB），未读取` };
  return { name, bytes: new Uint8Array(await readFile(file)) };
}

async function walk(dir: string, prefix: string): Promise<ReviewFile[]> {
  const items = (await readdir(dir, { withFileTypes: true })).filter((d) => !hidden(d.name)).sort((a, b) => a.name.localeCompare(b.name, "zh-CN"));
  const out: ReviewFile[] = [];
  for (const d of items) {
    const full = path.join(dir, d.name);
    const name = prefix ? `${prefix}/${d.name}` : d.name;
    if (d.isDirectory()) out.push(...(await walk(full, name)));
    else if (d.isFile()) out.push(await readOne(full, name));
  }
  return out;
}

/** Every file under the given paths; a folder's files are named below the folder (its name included). */
export async function readInputs(paths: string[]): Promise<ReviewFile[]> {
  const out: ReviewFile[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => null);
    if (!info) throw new CliError(`找不到文件或文件夹：${p}`);
    if (info.isDirectory()) out.push(...(await walk(p, path.basename(path.resolve(p)))));
    else out.push(await readOne(p, path.basename(p)));
  }
  return out;
}
