// Reads a report file for the CLI: the exchange format (.json) or, through lib/import, a Word document
// (.docx), a PDF (pdf.js in Node), a saved web page (.html/.htm) or plain text (.txt). What a file is comes
// from its content (lib/import/readers/file-kind.ts): old .doc/.wps, images and archives get a message saying what
// to do. Import findings and notes come back with the report.
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { importFile } from "../lib/import/build/import-file";
import { MAX_INPUT_BYTES, type ImportResult } from "../lib/import/build/import-report";
import { readPdfNode } from "../lib/import/readers/pdf/read-pdf-node";
import type { Report } from "../lib/report/types";
import { CliError } from "./io";

export type Loaded = { report: Report; notes: string[]; imported: Extract<ImportResult, { ok: true }> };

export async function loadReport(file: string): Promise<Loaded> {
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) throw new CliError(`找不到文件：${file}`);
  if (info.size > MAX_INPUT_BYTES) throw new CliError(`文件过大（${Math.round(info.size / 1048576)} MB），最大 20 MB：${file}`);
  const ext = extname(file).toLowerCase();
  const bytes = new Uint8Array(await readFile(file));
  const result = await importFile(basename(file), bytes, readPdfNode);
  if (!result.ok) throw new CliError(`${file}：${result.error}`);
  const notes = ext === ".json" ? [] : [...(result.report.notes ?? [])];
  if (result.detected.format === "gov-2019") notes.unshift(`识别为 2019 年试行格式（${result.detected.markers.join("、")}）`);
  return { report: result.report, notes, imported: result };
}
