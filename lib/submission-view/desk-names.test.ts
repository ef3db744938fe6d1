import { describe, expect, it } from "vitest";
import { submissionFileName, submissionsByRow } from "./desk-names";
import type { SubmissionSummary } from "./types";

const sub = (id: string, unit: string, year: number): SubmissionSummary => ({ id, unit: { id: `u-${unit}`, name: unit }, year, status: "submitted", version: 1, submittedAt: "", updatedAt: "", errors: 0, warnings: 0 });

describe("submission rows on the desk", () => {
  it("names a row by year and unit, so one unit's two years are two rows", () => {
    const list = [sub("1", "城关镇人民政府", 2024), sub("2", "城关镇人民政府", 2023)];
    const rows = submissionsByRow(list);
    expect([...rows.keys()]).toEqual(["报送/2024/城关镇人民政府.json", "报送/2023/城关镇人民政府.json"]);
    expect(rows.get(submissionFileName(list[1]!))!.id).toBe("2");
  });
});
