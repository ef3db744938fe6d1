// 审核台: a .zip dropped on the desk becomes its files, named 「县里.zip/乡镇/官庄镇.docx」. Bounded: an entry's
// declared size is checked before it is inflated (fflate inflates into a buffer of exactly that size), so a zip
// bomb cannot take the memory. Names written by Windows' 压缩 tools are GBK without the UTF-8 flag: decoded as
// GB18030 when they are not valid UTF-8. Folders and macOS's __MACOSX/ and ._ files are skipped. A zip that
// cannot be opened stays one file, with the reason, and gets its 无法读取 row.
import { unzipSync, type UnzipFileInfo } from "fflate";
import { MAX_INPUT_BYTES } from "../import/import-report";
import type { ReviewFile } from "./types";

/** All files of one archive together, inflated (a county's 200 reports are far below it). */
export const MAX_ZIP_TOTAL = 400 * 1024 * 1024;
const MAX_ENTRIES = 5000;

export const zipMessages = {
  damaged: "压缩包已损坏或不是 zip 格式，无法解开，请重新压缩后再试",
  tooLarge: (mb: number) => `压缩包内的文件过大（${mb} MB），最大 20 MB，未解开`,
  totalTooLarge: "压缩包解开后过大，其余文件未解开，请分批压缩",
  tooMany: `压缩包内文件超过 ${MAX_ENTRIES} 个，其余文件未解开`,
  entryDamaged: "压缩包中的这个文件已损坏，无法解开",
};

const isZip = (f: ReviewFile) => /\.zip$/i.test(f.name) && !f.error;

/** A name fflate read as Latin-1 (no UTF-8 flag): its bytes are UTF-8 or, from Windows, GBK. */
export function decodeZipName(raw: string): string {
  if (![...raw].some((c) => c.charCodeAt(0) > 0x7f)) return raw;
  if ([...raw].some((c) => c.charCodeAt(0) > 0xff)) return raw; // already decoded (UTF-8 flag set)
  const bytes = Uint8Array.from(raw, (c) => c.charCodeAt(0));
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("gb18030").decode(bytes);
  }
}

const skipped = (name: string) => name.endsWith("/") || /(^|\/)__MACOSX\//.test(name) || /(^|\/)\._/.test(name) || /(^|\/)\.DS_Store$/.test(name);

export type ZipLimits = { maxEntry: number; maxTotal: number };
const LIMITS: ZipLimits = { maxEntry: MAX_INPUT_BYTES, maxTotal: MAX_ZIP_TOTAL };

function entriesOf(zip: ReviewFile, limits: ZipLimits): ReviewFile[] {
  const listed: UnzipFileInfo[] = [];
  unzipSync(zip.bytes, { filter: (info) => (listed.push(info), false) });
  const out: ReviewFile[] = [];
  let total = 0;
  for (const info of listed) {
    if (skipped(info.name)) continue;
    const name = `${zip.name}/${decodeZipName(info.name)}`;
    if (out.length >= MAX_ENTRIES) return [...out, { name: zip.name, bytes: new Uint8Array(0), error: zipMessages.tooMany }];
    if (info.originalSize > limits.maxEntry) {
      out.push({ name, bytes: new Uint8Array(0), error: zipMessages.tooLarge(Math.round(info.originalSize / 1048576)) });
      continue;
    }
    total += info.originalSize;
    if (total > limits.maxTotal) return [...out, { name: zip.name, bytes: new Uint8Array(0), error: zipMessages.totalTooLarge }];
    out.push(inflateOne(zip.bytes, info, name));
  }
  return out;
}

/** One entry, alone (a damaged entry costs only its own row). */
function inflateOne(bytes: Uint8Array, info: UnzipFileInfo, name: string): ReviewFile {
  try {
    let taken = false;
    const files = unzipSync(bytes, { filter: (i) => !taken && i.name === info.name && (taken = true) });
    const data = files[info.name];
    return data ? { name, bytes: data } : { name, bytes: new Uint8Array(0), error: zipMessages.entryDamaged };
  } catch {
    return { name, bytes: new Uint8Array(0), error: zipMessages.entryDamaged };
  }
}

export function expandZips(files: ReviewFile[], limits: ZipLimits = LIMITS): ReviewFile[] {
  return files.flatMap((f) => {
    if (!isZip(f)) return [f];
    try {
      return entriesOf(f, limits);
    } catch {
      return [{ ...f, error: zipMessages.damaged }];
    }
  });
}
