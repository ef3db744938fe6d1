// 审核台 跨年度核对: each unit's report beside its own report of the year before. Last year's tables and prose
// go into report.lastYear (source "report": read from the actual report) and the one rule engine runs again —
// 上年结转 (crossyear.carry-over, an error with both values), 现行有效 continuity (crossyear.in-force) and
// repeated prose (text.repeated, text.carried-over) all come from lib/rules; nothing is checked here.
import { evaluate } from "../rules/evaluate";
import { repeatedProseShare } from "../rules/text-rules";
import { gov2021 } from "../../templates/gov-2021";
import { withIssues } from "./review-file";
import type { ReviewEntry } from "./types";
import { countyOf, sameUnit } from "./unit-key";

const usable = (e: ReviewEntry) => e.status !== "unreadable" && e.report !== undefined && e.unit !== "";

/** Last year's report of this unit: the same unit, the year before; of several, the one with fewest errors. */
export function lastYearOf(entry: ReviewEntry, lastYear: ReviewEntry[], county: string | null = countyOf([entry.unit, ...lastYear.map((l) => l.unit)])): ReviewEntry | undefined {
  if (entry.year === null) return undefined;
  const found = lastYear.filter((l) => usable(l) && l.year === entry.year! - 1 && sameUnit(l.unit, entry.unit, county));
  return found.sort((a, b) => a.errors - b.errors)[0];
}

export function pairLastYear(entries: ReviewEntry[], lastYearEntries: ReviewEntry[]): ReviewEntry[] {
  const county = countyOf([...entries, ...lastYearEntries].filter(usable).map((e) => e.unit));
  return entries.map((entry) => {
    if (!usable(entry)) return entry;
    const last = lastYearOf(entry, lastYearEntries, county);
    if (!last?.report) return entry;
    const report = {
      ...entry.report!,
      lastYear: { year: last.report.year, tables: structuredClone(last.report.tables), prose: structuredClone(last.report.prose), source: "report" as const },
    };
    const issues = evaluate(report, { document: { findings: entry.findings ?? [] } });
    const share = repeatedProseShare(report, gov2021);
    const paired: ReviewEntry = { ...withIssues(entry, issues), report, lastYearId: last.id };
    if (share !== null) paired.repeatedShare = share;
    return paired;
  });
}
