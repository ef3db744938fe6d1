// A submission's row on the county desk (issue #26): its file path there, 「报送/2024/某某镇人民政府.json」 —
// one per unit and year, the same each time it is loaded (so loading again replaces the row), and read back
// from a row's id to find the submission it shows.
import type { SubmissionSummary } from "./types";

export const SUBMISSION_FOLDER = "报送";

export const submissionFileName = (s: Pick<SubmissionSummary, "unit" | "year">): string => `${SUBMISSION_FOLDER}/${s.year}/${s.unit.name}.json`;

/** Each desk row id → the submission it shows (only rows that came from the server). */
export function submissionsByRow(list: SubmissionSummary[]): Map<string, SubmissionSummary> {
  return new Map(list.map((s) => [submissionFileName(s), s]));
}
