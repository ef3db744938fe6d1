// Reads a report file for the CLI. JSON (the exchange format) here; importers add .docx/.txt.
import { readFile, stat } from "node:fs/promises";
import { extname } from "node:path";
import { parseReportJson } from "../lib/report/parse-report-json";
import type { Report } from "../lib/report/types";
import { CliError } from "./io";

const MAX_BYTES = 20 * 1024 * 1024;

export async function loadReport(file: string): Promise<{ report: Report; notes: string[] }> {
  const info = await stat(file).catch(() => null);
  if (!info || !info.isFile()) throw new CliError(`找不到文件：${file}`);
  if (info.size > MAX_BYTES) throw new CliError(`文件过大（${Math.round(info.size / 1048576)} MB），最大 20 MB：${file}`);
  const ext = extname(file).toLowerCase();
  if (ext !== ".json") throw new CliError(`暂不支持 ${ext || "无扩展名"} 文件，请使用年报数据文件（.json）：${file}`);
  const result = parseReportJson(await readFile(file, "utf8"));
  if (!result.ok) throw new CliError(`${file}：${result.error}`);
  return { report: result.report, notes: [] };
}
