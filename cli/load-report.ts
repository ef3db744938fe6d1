// Reads a report file for the CLI: the exchange format (.json) or, through lib/import, a Word
// document (.docx) or plain text (.txt). Import findings and notes come back with the report.
import { readFile, stat } from "node:fs/promises";
import { basename, extname } from "node:path";
import { importReport, MAX_INPUT_BYTES, type ImportResult } from "../lib/import/import-report";
import type { Report } from "../lib/report/types";
import { CliError } from "./io";

const SUPPORTED = new Set([".json", ".docx", ".txt", ".text"]);

export type Loaded = { report: Report; notes: string[]; imported: Extract<ImportResult, { ok: true }> };

export async function loadReport(file: string): Promise<Loaded> {
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) throw new CliError(`找不到文件：${file}`);
  if (info.size > MAX_INPUT_BYTES) throw new CliError(`文件过大（${Math.round(info.size / 1048576)} MB），最大 20 MB：${file}`);
  const ext = extname(file).toLowerCase();
  if (!SUPPORTED.has(ext)) throw new CliError(`暂不支持 ${ext || "无扩展名"} 文件，请使用 .docx、.txt 或年报数据文件（.json）：${file}`);
  const bytes = new Uint8Array(await readFile(file));
  const result = importReport({ name: basename(file), bytes });
  if (!result.ok) throw new CliError(`${file}：${result.error}`);
  const notes = ext === ".json" ? [] : [...(result.report.notes ?? [])];
  if (result.detected.format === "gov-2019") notes.unshift(`识别为 2019 年试行格式（${result.detected.markers.join("、")}）`);
  return { report: result.report, notes, imported: result };
}
