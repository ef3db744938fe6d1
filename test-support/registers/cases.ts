// The generator's case list: what each register row is meant to be, and from that alone what 表三/表四 should
// count and which rows cannot be counted (with the reason, built from the row's own cell texts). Nothing here
// calls lib/register's reading, mapping or counting.
import { roleLabels, tallyMessages as m } from "../../lib/register/messages";
import type { Rand } from "./random";
import {
  APPLICANT_SPELLINGS, CASE_TYPE_SPELLINGS, OUTCOME_SPELLINGS, PENDING_SPELLINGS, RESULT_PENDING, RESULT_SPELLINGS,
  UNKNOWN_APPLICANT, UNKNOWN_CASE_TYPE, UNKNOWN_OUTCOME, WITHDRAWN_SPELLINGS,
} from "./spellings";

/** A date as the generator writes it: a style, and the day. */
export type DateCell = { iso: string; style: DateStyle } | { text: string };
export type DateStyle = "iso" | "slash" | "dot" | "cn" | "compact" | "time" | "serial" | "date";

export type RequestCase = {
  applicant: string;
  applicantText: string;
  received: DateCell | null;
  answered: DateCell | null;
  outcomeText: string;
  reasonText: string;
  withdrawn: boolean;
  /** Where it counts: [first row, outcome row] cell paths, or the reason it is not counted (filled once the row number is known). */
  counts: string[] | ((row: number, text: (d: DateCell) => string) => string);
};

export type AppealCase = {
  caseTypeText: string;
  filed: DateCell | null;
  closed: DateCell | null;
  resultText: string;
  counts: string[] | ((row: number, text: (d: DateCell) => string) => string);
};

const STYLES: DateStyle[] = ["iso", "slash", "dot", "cn", "compact", "time", "serial", "date"];

function day(r: Rand, year: number, fromMonth = 1, toMonth = 12): string {
  const month = r.int(fromMonth, toMonth);
  const d = r.int(1, 28);
  return `${year}-${String(month).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A later day in the same year (or the same day). */
function after(r: Rand, iso: string): string {
  const [y, mo, d] = iso.split("-").map(Number) as [number, number, number];
  const month = r.int(mo, 12);
  const dd = month === mo ? r.int(d, 28) : r.int(1, 28);
  return `${y}-${String(month).padStart(2, "0")}-${String(dd).padStart(2, "0")}`;
}

const date = (r: Rand, iso: string): DateCell => ({ iso, style: r.pick(STYLES) });

function spelled(r: Rand, spellings: Record<string, (string | [string, string])[]>, key: string, reasonColumn: boolean): [string, string] {
  const options = spellings[key]!.filter((s) => reasonColumn || typeof s === "string");
  const s = r.pick(options);
  return typeof s === "string" ? [s, ""] : s;
}

const reqPath = (row: string, applicant: string) => `tables.requests.${row}.${applicant}`;
const outcomeRow = (key: string) => key.split(".").pop()!;

export type RequestOptions = { year: number; reasonColumn: boolean; withdrawnColumn: boolean };

export function requestCase(r: Rand, o: RequestOptions): RequestCase {
  const Y = o.year;
  const applicant = r.pick(Object.keys(APPLICANT_SPELLINGS));
  const base = { applicant, applicantText: r.pick(APPLICANT_SPELLINGS[applicant]!), reasonText: "", withdrawn: false };
  const outcome = r.pick(Object.keys(OUTCOME_SPELLINGS).filter((k) => o.reasonColumn || OUTCOME_SPELLINGS[k]!.some((s) => typeof s === "string")));
  const [outcomeText, reasonText] = spelled(r, OUTCOME_SPELLINGS, outcome, o.reasonColumn);
  const final = { outcomeText, reasonText };
  const pending = { outcomeText: r.pick(PENDING_SPELLINGS), reasonText: "" };
  const kind = r.int(0, 99);
  if (kind < 40) {
    const rec = day(r, Y);
    return { ...base, ...final, received: date(r, rec), answered: date(r, after(r, rec)), counts: [reqPath("received", applicant), reqPath(outcomeRow(outcome), applicant)] };
  }
  if (kind < 48) return { ...base, ...pending, received: date(r, day(r, Y)), answered: null, counts: [reqPath("received", applicant), reqPath("carriedForward", applicant)] };
  if (kind < 54) {
    return { ...base, ...final, received: date(r, day(r, Y, 11, 12)), answered: date(r, day(r, Y + 1, 1, 1)), counts: [reqPath("received", applicant), reqPath("carriedForward", applicant)] };
  }
  if (kind < 62) {
    return { ...base, ...final, received: date(r, day(r, Y - 1, 11, 12)), answered: date(r, day(r, Y, 1, 2)), counts: [reqPath("carriedOver", applicant), reqPath(outcomeRow(outcome), applicant)] };
  }
  if (kind < 66) return { ...base, ...pending, received: date(r, day(r, Y - 1, 12, 12)), answered: null, counts: [reqPath("carriedOver", applicant), reqPath("carriedForward", applicant)] };
  if (kind < 72) {
    const rec = day(r, Y);
    const viaColumn = o.withdrawnColumn && r.chance(0.5);
    return {
      ...base, withdrawn: viaColumn, outcomeText: viaColumn ? r.pick(["", "撤回"]) : r.pick(WITHDRAWN_SPELLINGS), reasonText: "",
      received: date(r, rec), answered: date(r, after(r, rec)), counts: [reqPath("received", applicant), reqPath("otherReason", applicant)],
    };
  }
  return flawedRequest(r, o, base, final);
}

function flawedRequest(r: Rand, o: RequestOptions, base: Omit<RequestCase, "received" | "answered" | "outcomeText" | "counts">, final: { outcomeText: string; reasonText: string }): RequestCase {
  const Y = o.year;
  const rec = day(r, Y);
  const ok = { ...base, ...final, received: date(r, rec), answered: date(r, after(r, rec)) };
  const R = roleLabels;
  switch (r.int(0, 6)) {
    case 0:
      return { ...ok, received: null, counts: (n) => m.row(n, m.noDate(R.received)) };
    case 1: {
      const text = r.pick([`${Y}-13-45`, "去年十月", `${Y}年2月30日`]);
      return { ...ok, received: { text }, counts: (n) => m.row(n, m.badDate(R.received, text)) };
    }
    case 2:
      return { ...ok, applicantText: UNKNOWN_APPLICANT, counts: (n) => m.row(n, m.unmapped(R.applicantType, UNKNOWN_APPLICANT)) };
    case 3:
      return { ...ok, outcomeText: UNKNOWN_OUTCOME, reasonText: "", counts: (n) => m.row(n, m.unmapped(R.outcome, UNKNOWN_OUTCOME)) };
    case 4: {
      const received = date(r, day(r, Y, 6, 12));
      const answered = date(r, day(r, Y, 1, 5));
      return { ...ok, received, answered, counts: (n, t) => m.row(n, m.answeredBeforeReceived(t(answered), t(received))) };
    }
    case 5: {
      const received = date(r, day(r, Y + 1, 1, 2));
      return { ...ok, received, answered: null, counts: (n, t) => m.row(n, m.receivedAfter(t(received), Y)) };
    }
    default: {
      const received = date(r, day(r, Y - 1, 1, 6));
      const answered = date(r, day(r, Y - 1, 7, 12));
      return { ...ok, received, answered, counts: (n, t) => m.row(n, m.answeredBeforeYear(t(answered), Y)) };
    }
  }
}

const appPath = (group: string, result: string) => `tables.appeals.${group}.${result}`;

export function appealCase(r: Rand, year: number): AppealCase {
  const Y = year;
  const group = r.pick(Object.keys(CASE_TYPE_SPELLINGS));
  const caseTypeText = r.pick(CASE_TYPE_SPELLINGS[group]!);
  const result = r.pick(Object.keys(RESULT_SPELLINGS));
  const resultText = r.pick(RESULT_SPELLINGS[result]!);
  const kind = r.int(0, 99);
  const filedIso = day(r, Y);
  const ok: AppealCase = { caseTypeText, resultText, filed: date(r, filedIso), closed: date(r, after(r, filedIso)), counts: [appPath(group, result)] };
  if (kind < 45) return ok;
  if (kind < 55) return { ...ok, resultText: r.pick(RESULT_PENDING), closed: null, counts: [appPath(group, "pending")] };
  if (kind < 62) return { ...ok, filed: date(r, day(r, Y, 10, 12)), closed: date(r, day(r, Y + 1, 1, 3)), counts: [appPath(group, "pending")] };
  if (kind < 72) return { ...ok, filed: date(r, day(r, Y - 1, 9, 12)), closed: date(r, day(r, Y, 1, 6)), counts: [appPath(group, result)] };
  if (kind < 78) return { ...ok, resultText: r.pick(RESULT_PENDING), filed: date(r, day(r, Y - 1, 9, 12)), closed: null, counts: [appPath(group, "pending")] };
  const R = roleLabels;
  switch (r.int(0, 5)) {
    case 0:
      return { ...ok, filed: null, counts: (n) => m.row(n, m.noDate(R.filed)) };
    case 1: {
      const text = r.pick([`${Y}.00.12`, "待定"]);
      return { ...ok, closed: { text }, counts: (n) => m.row(n, m.badDate(R.closed, text)) };
    }
    case 2:
      return { ...ok, caseTypeText: UNKNOWN_CASE_TYPE, counts: (n) => m.row(n, m.unmapped(R.caseType, UNKNOWN_CASE_TYPE)) };
    case 3: {
      const filed = date(r, day(r, Y, 7, 12));
      const closed = date(r, day(r, Y, 1, 6));
      return { ...ok, filed, closed, counts: (n, t) => m.row(n, m.closedBeforeFiled(t(closed), t(filed))) };
    }
    case 4: {
      const filed = date(r, day(r, Y + 1, 1, 3));
      return { ...ok, filed, closed: null, counts: (n, t) => m.row(n, m.filedAfter(t(filed), Y)) };
    }
    default: {
      const filed = date(r, day(r, Y - 1, 1, 5));
      const closed = date(r, day(r, Y - 1, 6, 12));
      return { ...ok, filed, closed, counts: (n, t) => m.row(n, m.closedBeforeYear(t(closed), Y)) };
    }
  }
}
