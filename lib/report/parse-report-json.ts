// Reads a JSON document in the exchange format: parse, migrate older versions, validate.
// Every failure is one clear Chinese sentence; nothing throws.
import zhCNLocale from "zod/v4/locales/zh-CN.js";
import { gov2021 } from "../../templates/gov-2021";
import { buildReportSchema } from "../schema/build-schema";
import { describeIssues } from "./describe-issues";
import { migrateReport } from "./migrate";
import type { Report } from "./types";

export type ParseResult = { ok: true; report: Report } | { ok: false; error: string };

let schema: ReturnType<typeof buildReportSchema> | undefined;
const zhCN = zhCNLocale().localeError; // only the Chinese locale, not all of z.locales

export function validateReport(data: unknown): ParseResult {
  schema ??= buildReportSchema(gov2021);
  const migrated = migrateReport(data);
  if (!migrated.ok) return migrated;
  const result = schema.safeParse(migrated.data, { error: zhCN });
  if (!result.success) return { ok: false, error: `数据不符合年报数据格式：${describeIssues(gov2021, result.error.issues)}` };
  return { ok: true, report: result.data as Report };
}

export function parseReportJson(text: string): ParseResult {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return { ok: false, error: "不是有效的 JSON 文件（可能已损坏或不是年报助手导出的数据文件）" };
  }
  return validateReport(data);
}
