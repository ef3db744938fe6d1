// 0001: the first schema of server mode (issue #26). Never edited after landing: a change is a new file.
// The audit log is append-only in SQL itself (a trigger refuses UPDATE, DELETE and TRUNCATE), and a version is
// immutable but for storing its .docx once.
import { sql, type Kysely } from "kysely";

const id = "integer generated always as identity primary key";

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`
    create table counties (id ${id}, name text not null unique, created_at timestamptz not null default now());
    create table units (
      id ${id}, county_id integer not null references counties(id), name text not null,
      disabled boolean not null default false, created_at timestamptz not null default now(),
      unique (county_id, name));
    create table users (
      id ${id}, username text not null unique, role text not null check (role in ('clerk', 'reviewer', 'admin')),
      county_id integer not null references counties(id), unit_id integer references units(id),
      password_hash text not null, must_change_password boolean not null default true,
      disabled boolean not null default false, created_at timestamptz not null default now(),
      password_changed_at timestamptz not null default now(),
      check ((role = 'clerk') = (unit_id is not null)));
    create table login_throttle (key text primary key, failures integer not null, last_failure_at timestamptz not null);
    create table sessions (
      id ${id}, token_hash text not null unique, user_id integer not null references users(id),
      created_at timestamptz not null default now(), last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null, address text);
    create index sessions_user on sessions (user_id);
    create table submissions (
      id ${id}, unit_id integer not null references units(id), year integer not null,
      status text not null check (status in ('submitted', 'returned', 'approved')), current_version integer not null,
      created_at timestamptz not null default now(), updated_at timestamptz not null default now(),
      unique (unit_id, year));
    create table versions (
      id ${id}, submission_id integer not null references submissions(id), number integer not null,
      report text not null, docx bytea, errors integer not null, warnings integer not null,
      submitted_by integer not null references users(id), submitted_at timestamptz not null default now(),
      unique (submission_id, number));
    create table remarks (
      id ${id}, submission_id integer not null references submissions(id), version integer not null,
      path text, text text not null, author_id integer not null references users(id),
      created_at timestamptz not null default now());
    create index remarks_submission on remarks (submission_id);
    create table deadlines (
      county_id integer not null references counties(id), year integer not null, date date not null,
      primary key (county_id, year));
    create table audit_log (
      id ${id}, at timestamptz not null default now(), county_id integer, user_id integer, username text,
      action text not null, object text, address text);
    create index audit_log_county on audit_log (county_id, id);

    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin raise exception '审计日志只能追加，不能修改或删除'; end $$;
    create trigger audit_log_no_change before update or delete on audit_log
      for each row execute function audit_log_append_only();
    create trigger audit_log_no_truncate before truncate on audit_log
      for each statement execute function audit_log_append_only();

    create function versions_immutable() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' or old.docx is not null or new.report is distinct from old.report
         or new.number <> old.number or new.submission_id <> old.submission_id or new.errors <> old.errors
         or new.warnings <> old.warnings or new.submitted_by <> old.submitted_by or new.submitted_at <> old.submitted_at
      then raise exception '已报送的版本不能修改'; end if;
      return new;
    end $$;
    create trigger versions_no_change before update or delete on versions
      for each row execute function versions_immutable();
  `).execute(db);
}

export async function down(): Promise<void> {
  throw new Error("0001 is the first schema: restore a backup instead of migrating down");
}
