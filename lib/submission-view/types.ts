// What the server-mode REST surface answers (issue #26), as the pages read it. The server owns the data; these
// are the shapes of its JSON, nothing more.
import type { Report } from "../report/types";

export type SubmissionStatus = "submitted" | "returned" | "approved";
export type Role = "clerk" | "reviewer" | "admin";

/** Ids are the server's (numbers from the database; never built or guessed by the pages). */
export type Id = string | number;

export type Named = { id: Id; name: string };

export type SessionUser = { username: string; role: Role; unit: Named | null; county: Named };

/** GET /api/session. */
export type Session = { serverMode: false } | { serverMode: true; user: SessionUser | null };

/** One row of GET /api/submissions. */
export type SubmissionSummary = {
  id: Id;
  unit: Named;
  year: number;
  status: SubmissionStatus;
  version: number;
  submittedAt: string;
  updatedAt: string;
  errors: number;
  warnings: number;
};

export type VersionInfo = { version: number; submittedAt: string; submittedBy: string; errors: number; warnings: number };

/** A reviewer's remark: on the whole report (path null) or anchored to a field path. */
export type Remark = { id: Id; version: number; path: string | null; text: string; author: string; createdAt: string };

/** GET /api/submissions/:id. */
export type SubmissionDetail = {
  id: Id;
  unit: Named;
  year: number;
  status: SubmissionStatus;
  versions: VersionInfo[];
  remarks: Remark[];
  report: Report;
};
