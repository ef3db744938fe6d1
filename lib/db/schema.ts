// The tables of server mode as Kysely sees them (migrations/ creates them; this file only types them).
// Ids are integers (GENERATED ALWAYS AS IDENTITY); every read is scoped by the caller's unit or county, so a
// guessed id reveals nothing (lib/submissions/scope.ts).
import type { ColumnType, Generated, Insertable, Selectable } from "kysely";

type Created = ColumnType<Date, Date | string | undefined, never>;
type Stamp = ColumnType<Date, Date | string | undefined, Date | string>;

export type Role = "clerk" | "reviewer" | "admin";
export type Status = "submitted" | "returned" | "approved";

export type CountiesTable = { id: Generated<number>; name: string; created_at: Created };
export type UnitsTable = { id: Generated<number>; county_id: number; name: string; disabled: Generated<boolean>; created_at: Created };
export type UsersTable = {
  id: Generated<number>;
  username: string;
  role: Role;
  county_id: number;
  unit_id: number | null;
  password_hash: string;
  must_change_password: Generated<boolean>;
  disabled: Generated<boolean>;
  created_at: Created;
  password_changed_at: Stamp;
};
/** Failed sign-ins per key (「account:<name>」 or 「address:<ip>」): measured in the database, so a restart forgets nothing. */
export type LoginThrottleTable = { key: string; failures: number; last_failure_at: Stamp };
export type SessionsTable = {
  id: Generated<number>;
  token_hash: string;
  user_id: number;
  created_at: Created;
  last_seen_at: Stamp;
  expires_at: Stamp;
  address: string | null;
};
export type SubmissionsTable = {
  id: Generated<number>;
  unit_id: number;
  year: number;
  status: Status;
  current_version: number;
  created_at: Created;
  updated_at: Stamp;
};
export type VersionsTable = {
  id: Generated<number>;
  submission_id: number;
  number: number;
  /** The report data file as stored (JSON text, after the same parsing and text hygiene as every door). */
  report: string;
  /** The .docx as rendered from `report`; null until the background render stored it (submit-docx.ts). */
  docx: Uint8Array | null;
  errors: number;
  warnings: number;
  submitted_by: number;
  submitted_at: Created;
};
export type RemarksTable = {
  id: Generated<number>;
  submission_id: number;
  version: number;
  path: string | null;
  text: string;
  author_id: number;
  created_at: Created;
};
export type DeadlinesTable = { county_id: number; year: number; date: string };
export type AuditLogTable = {
  id: Generated<number>;
  at: Created;
  county_id: number | null;
  user_id: number | null;
  username: string | null;
  action: string;
  object: string | null;
  address: string | null;
};

export type Database = {
  counties: CountiesTable;
  units: UnitsTable;
  users: UsersTable;
  login_throttle: LoginThrottleTable;
  sessions: SessionsTable;
  submissions: SubmissionsTable;
  versions: VersionsTable;
  remarks: RemarksTable;
  deadlines: DeadlinesTable;
  audit_log: AuditLogTable;
};

export type UserRow = Selectable<UsersTable>;
export type NewAudit = Insertable<AuditLogTable>;
