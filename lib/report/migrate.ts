// Saved drafts and exchange files carry schemaVersion; older versions are migrated, never discarded.
import { SCHEMA_VERSION } from "./types";

type Migration = (doc: Record<string, unknown>) => Record<string, unknown>;

/** MIGRATIONS[n] turns version n into n + 1. Version 1 is the first published version. */
const MIGRATIONS: Record<number, Migration> = {};

export type Migrated = { ok: true; data: Record<string, unknown> } | { ok: false; error: string };

export function migrateReport(input: unknown): Migrated {
  if (!input || typeof input !== "object" || Array.isArray(input)) {
    return { ok: false, error: "文件内容不是年报数据（应为一个 JSON 对象）" };
  }
  let doc = input as Record<string, unknown>;
  const version = doc.schemaVersion;
  if (typeof version !== "number" || !Number.isInteger(version)) {
    return { ok: false, error: "缺少 schemaVersion，不是年报助手的数据文件" };
  }
  if (version > SCHEMA_VERSION) {
    return { ok: false, error: `数据文件版本 ${version} 比本程序支持的版本 ${SCHEMA_VERSION} 新，请升级年报助手` };
  }
  for (let v = version; v < SCHEMA_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) return { ok: false, error: `无法从版本 ${v} 升级数据文件` };
    doc = { ...step(doc), schemaVersion: v + 1 };
  }
  return { ok: true, data: doc };
}
