// Field corpus: the data a case is made from. Every count is drawn from a seeded generator and the totals are
// computed, so the source balances (表三 T3-1..3, 表四 T4-1) and any arithmetic finding after import was caused
// by reading. `blanks`: zero cells printed empty, as many clerks leave them (the source holds null there).
import type { GridTable } from "../../lib/format/types";
import { leaves } from "../../lib/format/walk";
import type { Report, TableValues } from "../../lib/report/types";
import { gov2021 } from "../../templates/gov-2021";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";

/** mulberry32: a small seeded generator, so a case is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type SourceOptions = { seed: number; blanks?: boolean; unit?: string; year?: number };

const requests = gov2021.tables.requests as GridTable;

function requestValues(next: () => number, blanks: boolean): TableValues {
  const cols = leaves(requests.columns).map((c) => c.id);
  const applicants = cols.filter((c) => c !== "total");
  const count = (col: string) => {
    const r = next();
    const n = r < 0.35 ? 0 : Math.floor(next() * (col === "natural" ? 240 : 14));
    return n;
  };
  const out: TableValues = {};
  const rowOf = (vals: number[]): Record<string, number | null> => {
    const row: Record<string, number | null> = {};
    applicants.forEach((c, i) => (row[c] = blanks && vals[i] === 0 ? null : vals[i]!));
    row.total = vals.reduce((a, b) => a + b, 0);
    return row;
  };
  const outcome = requests.rows.find((r) => r.key === "outcome")!;
  const results = leaves(outcome.children!.filter((n) => n.key !== "outcomeTotal")).map((l) => l.id);
  const sums = applicants.map(() => 0);
  for (const id of results) {
    const vals = applicants.map((c) => count(c));
    vals.forEach((v, i) => (sums[i]! += v));
    out[id] = rowOf(vals);
  }
  out.outcomeTotal = rowOf(sums);
  const forward = applicants.map((c) => Math.floor(next() * (c === "natural" ? 30 : 3)));
  const carried = applicants.map((_, i) => Math.floor(next() * Math.min(20, sums[i]! + forward[i]! + 1)));
  const received = applicants.map((_, i) => sums[i]! + forward[i]! - carried[i]!);
  out.received = rowOf(received);
  out.carriedOver = rowOf(carried);
  out.carriedForward = rowOf(forward);
  return out;
}

function appealValues(next: () => number, blanks: boolean): TableValues {
  const row: Record<string, number | null> = {};
  for (const group of ["review", "direct", "afterReview"]) {
    let sum = 0;
    for (const k of ["upheld", "corrected", "otherResult", "pending"]) {
      const n = next() < 0.4 ? 0 : Math.floor(next() * 9);
      sum += n;
      row[`${group}.${k}`] = blanks && n === 0 ? null : n;
    }
    row[`${group}.total`] = sum;
  }
  return nest(row);
}

/** 「review.upheld」 → { review: { upheld } }, as cellPath nests a namespaced column. */
function nest(flat: Record<string, number | null>): TableValues {
  const out: TableValues = {};
  for (const [k, v] of Object.entries(flat)) {
    const [g, c] = k.split(".") as [string, string];
    ((out[g] ??= {}) as TableValues)[c] = v;
  }
  return out;
}

function proactiveValues(next: () => number, blanks: boolean): TableValues {
  const n = (max: number) => {
    const v = next() < 0.25 ? 0 : Math.floor(next() * max);
    return blanks && v === 0 ? null : v;
  };
  return {
    rules: { issued: 0, repealed: 0, inForce: 0 }, // a township makes no 规章
    normativeDocs: { issued: n(20), repealed: n(6), inForce: 20 + Math.floor(next() * 80) },
    licensing: { decisions: n(900) },
    penalty: { decisions: n(300) },
    enforcement: { decisions: n(40) },
    fees: { amount: Math.round(next() * 5000) / 100 },
  };
}

/** A valid 2021-format report with seeded numbers (prose, contact and fee from the valid fixture). */
export function fieldSource({ seed, blanks = false, unit, year }: SourceOptions): Report {
  const next = random(seed);
  const base = structuredClone(valid) as Report;
  delete base.lastYear;
  return {
    ...base,
    unit: { ...base.unit, ...(unit ? { name: unit } : {}) },
    year: year ?? base.year,
    tables: { proactive: proactiveValues(next, blanks), requests: requestValues(next, blanks), appeals: appealValues(next, blanks) },
  };
}
