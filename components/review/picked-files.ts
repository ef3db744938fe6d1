// Files from the three doors of the county desk — a multiple selection, a whole folder (webkitdirectory)
// and drag-and-drop, dropped folders included — as one list of paths and files. Only reading the folder
// tree happens here; the files themselves are read by the worker.
import type { PickedFile } from "./desk-types";

/** A selection from <input type=file multiple> or <input webkitdirectory>: the path within the folder. */
export function fromInput(list: FileList | null): PickedFile[] {
  return Array.from(list ?? []).map((f) => ({ name: f.webkitRelativePath || f.name, file: f }));
}

const entryFile = (e: FileSystemFileEntry) => new Promise<File>((resolve, reject) => e.file(resolve, reject));

/** A directory reader answers in pages (Chrome: 100 entries): read until it answers empty. */
async function children(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const page = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (page.length === 0) return all;
    all.push(...page);
  }
}

async function walk(entry: FileSystemEntry, out: PickedFile[]): Promise<void> {
  const path = entry.fullPath.replace(/^\//, "");
  if (entry.isFile) out.push({ name: path, file: await entryFile(entry as FileSystemFileEntry) });
  else if (entry.isDirectory) for (const child of await children(entry as FileSystemDirectoryEntry)) await walk(child, out);
}

/** Dropped files and folders; hidden files (「.DS_Store」, 「~$报告.docx」 Word lock files) are left out. */
export async function fromDrop(data: DataTransfer): Promise<PickedFile[]> {
  const entries = Array.from(data.items)
    .map((item) => (item.kind === "file" ? item.webkitGetAsEntry?.() : null))
    .filter((e): e is FileSystemEntry => Boolean(e));
  if (entries.length === 0) return fromInput(data.files);
  const out: PickedFile[] = [];
  for (const e of entries) await walk(e, out);
  return out.filter((f) => !/(^|\/)(\.|~\$)[^/]*$/.test(f.name));
}

/** The same rule for a chosen folder. */
export const visible = (files: PickedFile[]) => files.filter((f) => !/(^|\/)(\.|~\$)[^/]*$/.test(f.name));
