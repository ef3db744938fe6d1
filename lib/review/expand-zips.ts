// 审核台: a .zip dropped on the desk becomes its files, named 「县里.zip/乡镇/官庄镇.docx」. Read with the
// importer's own zip reader (lib/import/limits/limits/zip-read.ts): an entry is inflated under a budget of the size it
// declares, which is checked first, so a zip bomb cannot take the memory; names written by Windows' 压缩 tools
// (GBK without the UTF-8 flag) come out right. Folders and macOS's __MACOSX/ and ._ files are skipped. A zip
// that cannot be opened stays one file, with the reason, and gets its 无法读取 row.
import { MAX_INPUT_BYTES } from "../import/build/import-report";
import { inflateEntry, zipEntries, type ZipEntry } from "../import/limits/zip-read";
import type { ReviewFile } from "./types";

/** All files of one archive together, inflated (a county's 200 reports are far below it). */
export const MAX_ZIP_TOTAL = 400 * 1024 * 1024;
const MAX_ENTRIES = 5000;
/** The smallest central-directory record (APPNOTE.TXT §4.3.12): a zip cannot list more entries than this allows. */
const CENTRAL_RECORD = 46;

export const zipMessages = {
  damaged: "压缩包已损坏或不是 zip 格式，无法解开，请重新压缩后再试",
  tooLarge: (mb: number) => `压缩包内的文件过大（${mb} MB），最大 20 MB，未解开`,
  totalTooLarge: "压缩包解开后过大，其余文件未解开，请分批压缩",
  tooMany: `压缩包内文件超过 ${MAX_ENTRIES} 个，其余文件未解开`,
  entryDamaged: "压缩包中的这个文件已损坏，无法解开",
};

const isZip = (f: ReviewFile) => /\.zip$/i.test(f.name) && !f.error;

const skipped = (name: string) => name.endsWith("/") || /(^|\/)__MACOSX\//.test(name) || /(^|\/)\._/.test(name) || /(^|\/)\.DS_Store$/.test(name);

export type ZipLimits = { maxEntry: number; maxTotal: number };
const LIMITS: ZipLimits = { maxEntry: MAX_INPUT_BYTES, maxTotal: MAX_ZIP_TOTAL };

function entriesOf(zip: ReviewFile, limits: ZipLimits): ReviewFile[] {
  const listed = zipEntries(zip.bytes, Math.ceil(zip.bytes.length / CENTRAL_RECORD));
  if (!listed.ok) return [{ ...zip, error: zipMessages.damaged }];
  const out: ReviewFile[] = [];
  let total = 0;
  for (const entry of listed.entries) {
    if (skipped(entry.name)) continue;
    const name = `${zip.name}/${entry.name}`;
    if (out.length >= MAX_ENTRIES) return [...out, { name: zip.name, bytes: new Uint8Array(0), error: zipMessages.tooMany }];
    if (entry.declaredSize > limits.maxEntry) {
      out.push({ name, bytes: new Uint8Array(0), error: zipMessages.tooLarge(Math.round(entry.declaredSize / 1048576)) });
      continue;
    }
    total += entry.declaredSize;
    if (total > limits.maxTotal) return [...out, { name: zip.name, bytes: new Uint8Array(0), error: zipMessages.totalTooLarge }];
    out.push(inflateOne(zip.bytes, entry, name));
  }
  return out;
}

/** One entry, alone (a damaged entry, or one that inflates past what it declared, costs only its own row). */
function inflateOne(bytes: Uint8Array, entry: ZipEntry, name: string): ReviewFile {
  const read = inflateEntry(bytes, entry, entry.declaredSize);
  return read.ok ? { name, bytes: read.bytes } : { name, bytes: new Uint8Array(0), error: zipMessages.entryDamaged };
}

export function expandZips(files: ReviewFile[], limits: ZipLimits = LIMITS): ReviewFile[] {
  return files.flatMap((f) => (isZip(f) ? entriesOf(f, limits) : [f]));
}
