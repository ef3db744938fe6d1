// 审核台: a .zip dropped on the desk becomes its files, named 「县里.zip/乡镇/官庄镇.docx」. Read with the
// importer's own zip reader (lib/import/limits/zip-read.ts): an entry is inflated under a budget of the size it
// declares, which is checked first, so a zip bomb cannot take the memory; names written by Windows' 压缩 tools
// (GBK without the UTF-8 flag) come out right, then pass the one text hygiene (cleanLine: an entry name with
// 「\r」 and 「ESC[2K」 cannot redraw a terminal row). Folders and macOS's __MACOSX/ and ._ files are skipped.
// A zip that cannot be opened stays one file, with the reason, and gets its 无法读取 row.
//
// Budgets are per batch (issue #23), not per archive: the declared sizes of all entries and the number of
// files together. Entries are listed first and inflated one at a time, just before each is reviewed (an
// entry's `open`), so three 409 KB bombs never sit inflated in memory at once; past the budget the batch
// stops adding, with one row that says so, and keeps what it has.
import { MAX_INPUT_BYTES } from "../import/build/import-report";
import { zipEntries, type ZipEntry } from "../import/limits/zip-read";
import { cleanLine } from "../text/hygiene";
import { inflatePacked, packEntry, type PackedEntry } from "./inflate-entry";
import type { ReviewFile } from "./types";

/** Inflated bytes of all the archives of one batch together (a county's 200 reports are far below it). */
export const MAX_BATCH_INFLATED = 512 * 1024 * 1024;
/** Files in one batch, loose or inside archives. */
export const MAX_BATCH_FILES = 5000;
/** An archive larger than this is not read at all (it could not be inflated within the batch's budget). */
export const MAX_ZIP_TOTAL = MAX_BATCH_INFLATED;
/** The smallest central-directory record (APPNOTE.TXT §4.3.12): a zip cannot list more entries than this allows. */
const CENTRAL_RECORD = 46;

const MB = 1024 * 1024;

export const zipMessages = {
  damaged: "压缩包已损坏或不是 zip 格式，无法解开，请重新压缩后再试",
  tooLarge: (mb: number) => `压缩包内的文件过大（${mb} MB），最大 20 MB，未解开`,
  totalTooLarge: `本批压缩包解开后超过 ${MAX_BATCH_INFLATED / MB} MB，其余文件未加入（已读取的保留），请分批审核`,
  tooMany: `本批文件超过 ${MAX_BATCH_FILES} 个，其余文件未加入（已读取的保留），请分批审核`,
  entryDamaged: "压缩包中的这个文件已损坏，无法解开",
  unreadable: "无法读取此文件",
};

/** A file of a batch before it is read: its path, its size, and how to get its bytes when its turn comes. */
export type BatchItem = {
  name: string;
  id?: string;
  size: number;
  error?: string;
  /** `into`: a reusable buffer for a large zip entry (see inflatePacked); other files ignore it. */
  open: (into?: Uint8Array) => Uint8Array | Promise<Uint8Array>;
  /** A zip entry as stored (small): a worker thread can be sent this and inflate it itself. */
  packed?: PackedEntry;
};

/** What one batch may still take: inflated bytes (by declared size, which bounds the inflation) and files. */
export type BatchBudget = { maxBytes: number; maxFiles: number; bytes: number; files: number; full: boolean };

export const batchBudget = (maxBytes = MAX_BATCH_INFLATED, maxFiles = MAX_BATCH_FILES, files = 0): BatchBudget => ({ maxBytes, maxFiles, bytes: 0, files, full: false });

const NO_BYTES = () => new Uint8Array(0);
const isZip = (name: string) => /\.zip$/i.test(name);
const skipped = (name: string) => name.endsWith("/") || /(^|\/)__MACOSX\//.test(name) || /(^|\/)\._/.test(name) || /(^|\/)\.DS_Store$/.test(name);

/** A row that says why nothing more is added (the batch's budget is spent). */
function stop(budget: BatchBudget, name: string, reason: string): BatchItem {
  budget.full = true;
  return { name, size: 0, error: reason, open: NO_BYTES };
}

/** The bytes of a packed entry; a damaged entry, or one that grows past what it declared, costs its own row. */
export function openPacked(packed: PackedEntry, into?: Uint8Array): Uint8Array {
  const bytes = inflatePacked(packed, into);
  if (!bytes) throw new Error(zipMessages.entryDamaged);
  return bytes;
}

/** One entry, copied out as stored (its archive can go) and inflated when its turn comes. */
function entryItem(zip: Uint8Array, entry: ZipEntry, name: string): BatchItem {
  const packed = packEntry(zip, entry);
  if (!packed) return { name, size: 0, error: zipMessages.entryDamaged, open: NO_BYTES };
  return { name, size: entry.declaredSize, packed, open: (into) => openPacked(packed, into) };
}

function entriesOf(zipName: string, bytes: Uint8Array, budget: BatchBudget, maxEntry: number): BatchItem[] {
  const listed = zipEntries(bytes, Math.ceil(bytes.length / CENTRAL_RECORD));
  if (!listed.ok) return [{ name: zipName, size: bytes.length, error: zipMessages.damaged, open: () => bytes }];
  const out: BatchItem[] = [];
  for (const entry of listed.entries) {
    if (skipped(entry.name)) continue;
    const name = `${zipName}/${cleanLine(entry.name)}`;
    if (++budget.files > budget.maxFiles) return [...out, stop(budget, zipName, zipMessages.tooMany)];
    if (entry.declaredSize > maxEntry) {
      out.push({ name, size: 0, error: zipMessages.tooLarge(Math.round(entry.declaredSize / MB)), open: NO_BYTES });
      continue;
    }
    budget.bytes += entry.declaredSize;
    if (budget.bytes > budget.maxBytes) return [...out, stop(budget, zipName, zipMessages.totalTooLarge)];
    out.push(entryItem(bytes, entry, name));
  }
  return out;
}

/**
 * The batch's files with every .zip replaced by its entries, in order, under the batch's budget: once it is
 * spent, one row says so and nothing after it is added. A zip's own bytes are read here (to list it); its
 * entries, and every other file, are read by `open` when reviewed.
 */
export async function expandItems(items: BatchItem[], budget: BatchBudget = batchBudget(), maxEntry = MAX_INPUT_BYTES): Promise<BatchItem[]> {
  const out: BatchItem[] = [];
  for (const item of items) {
    if (budget.full) break;
    if (item.error || !isZip(item.name)) {
      if (++budget.files > budget.maxFiles) out.push(stop(budget, item.name, zipMessages.tooMany));
      else out.push(item);
      continue;
    }
    if (item.size > budget.maxBytes - budget.bytes) {
      out.push(stop(budget, item.name, zipMessages.totalTooLarge));
      break;
    }
    out.push(...entriesOf(item.name, await item.open(), budget, maxEntry));
  }
  return out;
}

/** An item read: its bytes, or the reason it has none (its row says 无法读取). `into`: see BatchItem.open. */
export async function openItem(item: BatchItem, into?: Uint8Array): Promise<ReviewFile> {
  const named = { name: item.name, ...(item.id ? { id: item.id } : {}) };
  if (item.error) return { ...named, bytes: new Uint8Array(0), error: item.error };
  try {
    return { ...named, bytes: await item.open(into) };
  } catch (e) {
    return { ...named, bytes: new Uint8Array(0), error: e instanceof Error && /[\u4e00-\u9fff]/.test(e.message) ? e.message : zipMessages.unreadable };
  }
}

export type ZipLimits = { maxEntry: number; maxTotal: number };

/** Files in memory, zips expanded and inflated at once (small batches and tests; the doors use expandItems). */
export async function expandZips(files: ReviewFile[], limits: ZipLimits = { maxEntry: MAX_INPUT_BYTES, maxTotal: MAX_BATCH_INFLATED }): Promise<ReviewFile[]> {
  const items = files.map((f): BatchItem => ({ name: f.name, size: f.bytes.length, ...(f.error ? { error: f.error } : {}), open: () => f.bytes }));
  const expanded = await expandItems(items, batchBudget(limits.maxTotal), limits.maxEntry);
  return Promise.all(expanded.map((i) => openItem(i)));
}
