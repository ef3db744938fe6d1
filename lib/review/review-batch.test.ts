import { describe, expect, it } from "vitest";
import type { Report } from "../report/types";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { batchYear, reviewBatch } from "./review-batch";
import type { ReviewEntry } from "./types";

const report = valid as unknown as Report;
const entry = (id: string, unit: string, year: number | null, status: ReviewEntry["status"] = "pass"): ReviewEntry => ({
  id, fileName: id, size: 1, status, unit, unitKind: "township", year, format: status === "unreadable" ? null : "gov-2021", errors: 0, warnings: 0,
  figures: { received: null, outcomeTotal: null, carriedForward: null, reconsiderationTotal: null, litigationTotal: null }, issues: [],
  ...(status === "unreadable" ? {} : { report: { ...report, year: year ?? report.year } }),
});

describe("reviewBatch", () => {
  it("the batch year is the most common year of the readable reports (the later on a tie)", () => {
    expect(batchYear([entry("a", "甲", 2023), entry("b", "乙", 2024), entry("c", "丙", 2024), entry("d", "", 2023, "unreadable")])).toBe(2024);
    expect(batchYear([entry("a", "甲", 2023), entry("b", "乙", 2024)])).toBe(2024);
    expect(batchYear([entry("d", "", null, "unreadable")])).toBeNull();
  });

  it("pure and synchronous: roster and roll-up over the batch year; the year may be given", () => {
    const entries = [entry("a", "甲镇", 2024), entry("b", "乙镇", 2024), entry("c", "丙镇", 2023)];
    const b = reviewBatch(entries, { roster: ["甲镇", "丁镇"] });
    expect(b.year).toBe(2024);
    expect(b.roster?.missing).toEqual(["丁镇"]);
    expect(b.roster?.wrongYear).toEqual(["c"]);
    expect(b.rollUp.included.map((i) => i.entryId)).toEqual(["a", "b"]);
    expect(reviewBatch(entries, { year: 2023 }).rollUp.included.map((i) => i.entryId)).toEqual(["c"]);
    expect(reviewBatch(entries).roster).toBeUndefined();
  });
});
