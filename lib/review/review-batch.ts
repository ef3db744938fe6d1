// 审核台: a batch of reviewed files → the whole review: paired with last year's reports (cross-year), matched
// with the roster, rolled up. Pure and synchronous (the Web Worker and the CLI read the files first).
import { pairLastYear } from "./cross-year";
import { matchRoster } from "./roster";
import { rollUp } from "./roll-up";
import type { BatchReview, ReviewEntry } from "./types";

export type BatchOptions = { lastYear?: ReviewEntry[]; roster?: string[]; year?: number };

/** The year most readable reports are of (the later one on a tie); null when none says. */
export function batchYear(entries: ReviewEntry[]): number | null {
  const counts = new Map<number, number>();
  for (const e of entries) if (e.status !== "unreadable" && e.year !== null) counts.set(e.year, (counts.get(e.year) ?? 0) + 1);
  let best: number | null = null;
  for (const [y, n] of counts) if (best === null || n > counts.get(best)! || (n === counts.get(best)! && y > best)) best = y;
  return best;
}

export function reviewBatch(entries: ReviewEntry[], options: BatchOptions = {}): BatchReview {
  const year = options.year ?? batchYear(entries);
  const paired = options.lastYear?.length ? pairLastYear(entries, options.lastYear) : entries;
  const roster = options.roster ? matchRoster(options.roster, paired, year) : undefined;
  const batch: BatchReview = { year, entries: paired, rollUp: rollUp(paired, { year, roster }) };
  if (roster) batch.roster = roster;
  return batch;
}
