// Reads a JSON document in the exchange format: parse, migrate older versions, validate.
// Every failure is one clear Chinese sentence; nothing throws.
import zhCNLocale from "zod/v4/locales/zh-CN.js";
import { gov2021 } from "../../templates/gov-2021";
import { LIMITS } from "../import/limits/limits";
import { buildReportSchema } from "../schema/build-schema";
import { cleanReport } from "./clean-report";
import { describeIssues } from "./describe-issues";
import { migrateReport } from "./migrate";
import type { Report } from "./types";

export type ParseResult = { ok: true; report: Report } | { ok: false; error: string };

let schema: ReturnType<typeof buildReportSchema> | undefined;
const zhCN = zhCNLocale().localeError; // only the Chinese locale, not all of z.locales

/** The exchange format's schema (built once, on first use). */
export const reportSchema = () => (schema ??= buildReportSchema(gov2021));

export function validateReport(data: unknown): ParseResult {
  const schema = reportSchema();
  const migrated = migrateReport(data);
  if (!migrated.ok) return migrated;
  const result = schema.safeParse(migrated.data, { error: zhCN });
  if (!result.success) return { ok: false, error: `数据不符合年报数据格式：${describeIssues(gov2021, result.error.issues)}` };
  return { ok: true, report: cleanReport(result.data as Report) }; // text hygiene where a data file enters
}

const NOT_JSON = "不是有效的 JSON 文件（可能已损坏或不是年报助手导出的数据文件）";

/** The deepest nesting of arrays and objects, counted outside strings; stops past `max`. One pass, no recursion. */
export function jsonDepthWithin(text: string, max: number): boolean {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      for (i++; i < text.length && text.charCodeAt(i) !== 34; i++) if (text.charCodeAt(i) === 92) i++; // \" inside a string
    } else if (c === 91 || c === 123) {
      if (++depth > max) return false;
    } else if (c === 93 || c === 125) depth--;
  }
  return true;
}

/**
 * JSON.parse within the budgets of lib/import/limits/limits.ts: a document too large or nested too deep is refused
 * before it is parsed (5 million nested arrays would take 1.6 s and 500 MB to build, for nothing).
 */
export function parseJsonBounded(text: string): { ok: true; data: unknown } | { ok: false; error: string } {
  if (text.length > LIMITS.jsonChars) return { ok: false, error: "数据文件过大（超过 4 MB），不是年报助手导出的数据文件" };
  if (!jsonDepthWithin(text, LIMITS.jsonDepth)) return { ok: false, error: "数据文件嵌套过深，不是年报助手导出的数据文件" };
  try {
    return { ok: true, data: JSON.parse(text.replace(/^\uFEFF/, "")) };
  } catch {
    return { ok: false, error: NOT_JSON };
  }
}

export function parseReportJson(text: string): ParseResult {
  const parsed = parseJsonBounded(text);
  return parsed.ok ? validateReport(parsed.data) : parsed;
}
