// `nianbao review`'s only file-system part: the paths given (files, folders read recursively, .zip files)
// become the batch's items, read when their turn comes (review-pool.ts), never all at once. A file is named by
// its path as given; a folder's files by their path below it, with the folder's own name in front
// (「本年/乡镇/官庄镇.docx」) — or the folder's path as given when two folders given share a name. Hidden files
// are skipped. What cannot be read — a file or folder without permission, a file too large, a symbolic link
// to outside the folders given — is an item with its reason (its row says 无法读取), never the end of the batch.
// Links within the folders given are followed (each folder once: a link back up cannot loop).
import * as nodeFs from "node:fs/promises";
import path from "node:path";
import { MAX_INPUT_BYTES } from "../lib/import/build/import-report";
import { MAX_ZIP_TOTAL, type BatchItem } from "../lib/review/expand-zips";
import { cleanLine } from "../lib/text/hygiene";
import { CliError, fileReason } from "./io";

/** The file-system calls used (tests hand in one that refuses some paths, as a real disk does for root too). */
export type InputFs = Pick<typeof nodeFs, "readdir" | "readFile" | "stat" | "lstat" | "realpath">;

export const inputMessages = {
  file: (reason: string) => `无法读取此文件：${reason}`,
  folder: (reason: string) => `无法读取此文件夹：${reason}`,
  outside: (target: string) => `这是指向所给文件夹以外（${target}）的快捷方式（符号链接），未读取`,
  tooLarge: (mb: number) => `文件过大（${mb} MB），未读取`,
};

const hidden = (name: string) => name.startsWith(".") || name.startsWith("~$") || name === "Thumbs.db" || name === "desktop.ini";
const failed = (name: string, error: string): BatchItem => ({ name, size: 0, error, open: () => new Uint8Array(0) });

/** A path as the user typed it, with 「/」 between folders (Windows' 「\」 too) and no leading 「./」. */
export const asGiven = (p: string) => cleanLine(p.replace(/\\/g, "/").replace(/^(\.\/)+/, "").replace(/\/+$/, "")) || ".";

type Walk = { fs: InputFs; roots: string[]; seen: Set<string> };

const inside = (file: string, root: string) => file === root || file.startsWith(root.endsWith(path.sep) ? root : root + path.sep);

async function fileItem(w: Walk, file: string, name: string): Promise<BatchItem> {
  try {
    const size = (await w.fs.stat(file)).size;
    const limit = /\.zip$/i.test(file) ? MAX_ZIP_TOTAL : MAX_INPUT_BYTES;
    if (size > limit) return failed(name, inputMessages.tooLarge(Math.round(size / 1048576)));
    const open = async () => {
      try {
        return new Uint8Array(await w.fs.readFile(file));
      } catch (e) {
        throw new Error(inputMessages.file(fileReason(e))); // 「没有权限」, not Node's 「EACCES: permission denied」
      }
    };
    return { name, size, open };
  } catch (e) {
    return failed(name, inputMessages.file(fileReason(e)));
  }
}

async function walk(w: Walk, dir: string, prefix: string): Promise<BatchItem[]> {
  let names: string[];
  try {
    const real = await w.fs.realpath(dir);
    if (w.seen.has(real)) return [];
    w.seen.add(real);
    names = (await w.fs.readdir(dir)).filter((n) => !hidden(n)).sort((a, b) => a.localeCompare(b, "zh-CN"));
  } catch (e) {
    return [failed(prefix, inputMessages.folder(fileReason(e)))];
  }
  const out: BatchItem[] = [];
  for (const n of names) out.push(...(await child(w, path.join(dir, n), `${prefix}/${cleanLine(n)}`)));
  return out;
}

/** One thing in a folder: a file, a folder, or a link followed when it stays within the folders given. */
async function child(w: Walk, full: string, name: string): Promise<BatchItem[]> {
  try {
    const link = await w.fs.lstat(full);
    if (link.isSymbolicLink()) {
      const target = await w.fs.realpath(full).catch(() => null);
      if (!target) return [failed(name, inputMessages.file("快捷方式（符号链接）指向的文件不存在"))];
      if (!w.roots.some((r) => inside(target, r))) return [failed(name, inputMessages.outside(cleanLine(target)))];
    }
    const info = await w.fs.stat(full);
    if (info.isDirectory()) return walk(w, full, name);
    return info.isFile() ? [await fileItem(w, full, name)] : [];
  } catch (e) {
    return [failed(name, inputMessages.file(fileReason(e)))];
  }
}

/** Every file under the given paths, named as the module comment says; a path that does not exist stops here. */
export async function readInputs(paths: string[], fs: InputFs = nodeFs): Promise<BatchItem[]> {
  const found = await Promise.all(paths.map((p) => fs.stat(p).catch((e: unknown) => e as Error)));
  const roots: string[] = [];
  for (const [i, p] of paths.entries()) {
    const info = found[i]!;
    if (info instanceof Error && (info as { code?: string }).code === "ENOENT") throw new CliError(`找不到文件或文件夹：${cleanLine(p)}`);
    if (!(info instanceof Error) && info.isDirectory()) roots.push(await fs.realpath(p).catch(() => path.resolve(p)));
  }
  const base = (p: string) => cleanLine(path.basename(path.resolve(p)));
  const shared = (p: string) => paths.filter((q) => base(q) === base(p)).length > 1;
  const w: Walk = { fs, roots, seen: new Set() };
  const out: BatchItem[] = [];
  for (const [i, p] of paths.entries()) {
    const info = found[i]!;
    if (info instanceof Error) out.push(failed(asGiven(p), inputMessages.file(fileReason(info))));
    else if (info.isDirectory()) out.push(...(await walk(w, p, shared(p) ? asGiven(p) : base(p))));
    else out.push(await fileItem(w, p, asGiven(p)));
  }
  return out;
}
