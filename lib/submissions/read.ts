// What a user may read: the list (a clerk: its unit's; a reviewer: the county's), one submission with its
// versions and remarks, and one version's report data. Every query goes through scope.ts.
import { sql } from "kysely";
import type { Actor } from "../accounts/actor";
import type { Db } from "../db/open-database";
import type { Status } from "../db/schema";
import { notFound } from "../db/service-error";
import { scopedSubmissions, submissionInScope } from "./scope";

const iso = (d: Date | string) => new Date(d).toISOString();

export type SubmissionListItem = {
  id: number;
  unit: { id: number; name: string };
  year: number;
  status: Status;
  version: number;
  submittedAt: string;
  updatedAt: string;
  errors: number;
  warnings: number;
  /** The current version's report data, only when asked (`includeReport`: the desk opens a whole batch at once). */
  report?: unknown;
};

export type ListOptions = { year?: number; includeReport?: boolean };

export async function listSubmissions(db: Db, actor: Actor, { year, includeReport = false }: ListOptions = {}): Promise<SubmissionListItem[]> {
  let q = scopedSubmissions(db, actor)
    .innerJoin("versions as v", (j) => j.onRef("v.submission_id", "=", "s.id").onRef("v.number", "=", "s.current_version"))
    .select(["s.id", "s.unit_id", "n.name as unit_name", "s.year", "s.status", "s.current_version", "v.submitted_at", "s.updated_at", "v.errors", "v.warnings"])
    .$if(includeReport, (qb) => qb.select("v.report"));
  if (year !== undefined) q = q.where("s.year", "=", year);
  const rows = await q.orderBy("s.year", "desc").orderBy("n.id").execute();
  return rows.map((r) => ({
    id: r.id,
    unit: { id: r.unit_id, name: r.unit_name },
    year: r.year,
    status: r.status,
    version: r.current_version,
    submittedAt: iso(r.submitted_at),
    updatedAt: iso(r.updated_at),
    errors: r.errors,
    warnings: r.warnings,
    ...(includeReport ? { report: JSON.parse((r as { report?: string }).report ?? "null") } : {}),
  }));
}

export type VersionItem = { version: number; submittedAt: string; submittedBy: string; errors: number; warnings: number };
export type RemarkItem = { id: number; version: number; path: string | null; text: string; author: string; createdAt: string };
export type SubmissionDetail = {
  id: number;
  unit: { id: number; name: string };
  year: number;
  status: Status;
  versions: VersionItem[];
  remarks: RemarkItem[];
  report: unknown;
};

export async function getSubmission(db: Db, actor: Actor, id: unknown): Promise<SubmissionDetail> {
  const s = await submissionInScope(db, actor, id);
  const versions = await db
    .selectFrom("versions as v")
    .innerJoin("users as u", "u.id", "v.submitted_by")
    .select(["v.number", "v.submitted_at", "u.username", "v.errors", "v.warnings"])
    .where("v.submission_id", "=", s.id)
    .orderBy("v.number")
    .execute();
  const remarks = await db
    .selectFrom("remarks as r")
    .innerJoin("users as u", "u.id", "r.author_id")
    .select(["r.id", "r.version", "r.path", "r.text", "u.username", "r.created_at"])
    .where("r.submission_id", "=", s.id)
    .orderBy("r.id")
    .execute();
  const latest = await db.selectFrom("versions").select("report").where("submission_id", "=", s.id).where("number", "=", s.currentVersion).executeTakeFirstOrThrow();
  return {
    id: s.id,
    unit: { id: s.unitId, name: s.unitName },
    year: s.year,
    status: s.status,
    versions: versions.map((v) => ({ version: v.number, submittedAt: iso(v.submitted_at), submittedBy: v.username, errors: v.errors, warnings: v.warnings })),
    remarks: remarks.map((r) => ({ id: r.id, version: r.version, path: r.path, text: r.text, author: r.username, createdAt: iso(r.created_at) })),
    report: JSON.parse(latest.report),
  };
}

/** One stored version (its id, number and report text), or 404. */
export async function versionInScope(db: Db, actor: Actor, id: unknown, version: unknown) {
  const s = await submissionInScope(db, actor, id);
  const n = Number(version);
  if (!Number.isSafeInteger(n) || n < 1 || n > s.currentVersion) throw notFound("这个版本");
  const v = await db.selectFrom("versions").select(["id", "number", "report", sql<boolean>`docx is not null`.as("hasDocx")]).where("submission_id", "=", s.id).where("number", "=", n).executeTakeFirst();
  if (!v) throw notFound("这个版本");
  return { submission: s, ...v };
}

/** GET /api/submissions/:id/versions/:v — the report data of that version, as stored. */
export async function getVersionReport(db: Db, actor: Actor, id: unknown, version: unknown): Promise<unknown> {
  return JSON.parse((await versionInScope(db, actor, id, version)).report);
}
