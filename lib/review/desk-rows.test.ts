import { describe, expect, it } from "vitest";
import { cellText, filterEntries, nextSort, sortEntries, statusCounts } from "./desk-rows";
import type { ReviewEntry } from "./types";

const entry = (id: string, over: Partial<ReviewEntry> = {}): ReviewEntry => ({
  id,
  fileName: `${id}.docx`,
  size: 1,
  status: "pass",
  unit: id,
  unitKind: "乡镇",
  year: 2024,
  format: "gov-2021",
  errors: 0,
  warnings: 0,
  figures: { received: null, outcomeTotal: null, carriedForward: null, reconsiderationTotal: null, litigationTotal: null },
  issues: [],
  ...over,
});

const a = entry("甲镇", { errors: 3, status: "errors", figures: { received: 12, outcomeTotal: 10, carriedForward: 2, reconsiderationTotal: 0, litigationTotal: 1 } });
const b = entry("乙镇", { figures: { received: 4, outcomeTotal: 4, carriedForward: 0, reconsiderationTotal: 0, litigationTotal: 0 }, repeatedShare: 0.456 });
const c = entry("坏文件", { unit: "", status: "unreadable", year: null, format: null });

describe("desk rows", () => {
  it("sorts numbers numerically both ways, blanks last", () => {
    expect(sortEntries([a, b, c], { key: "received", dir: "ascending" }).map((e) => e.id)).toEqual(["乙镇", "甲镇", "坏文件"]);
    expect(sortEntries([a, b, c], { key: "received", dir: "descending" }).map((e) => e.id)).toEqual(["甲镇", "乙镇", "坏文件"]);
  });

  it("sorts status by severity (无法读取 first)", () => {
    expect(sortEntries([b, a, c], { key: "status", dir: "ascending" }).map((e) => e.status)).toEqual(["unreadable", "errors", "pass"]);
  });

  it("filters by status and searches unit or file name", () => {
    expect(filterEntries([a, b, c], "errors", "").map((e) => e.id)).toEqual(["甲镇"]);
    expect(filterEntries([a, b, c], "all", "乙").map((e) => e.id)).toEqual(["乙镇"]);
    expect(filterEntries([a, b, c], "all", "坏文件.DOCX").map((e) => e.id)).toEqual(["坏文件"]);
  });

  it("shows Chinese cell texts", () => {
    expect([cellText(a, "status"), cellText(c, "status"), cellText(c, "unit"), cellText(c, "format"), cellText(a, "format")]).toEqual(["有错误", "无法读取", "（未识别）", "—", "2021"]);
    expect([cellText(b, "repeatedShare"), cellText(a, "repeatedShare")]).toEqual(["46%", "—"]);
    expect(cellText(entry("x", { format: "gov-2019" }), "format")).toBe("2019（已废止）");
  });

  it("toggles the sort direction on the same header", () => {
    expect(nextSort(null, "unit")).toEqual({ key: "unit", dir: "ascending" });
    expect(nextSort({ key: "unit", dir: "ascending" }, "unit")).toEqual({ key: "unit", dir: "descending" });
    expect(nextSort({ key: "unit", dir: "descending" }, "year")).toEqual({ key: "year", dir: "ascending" });
  });

  it("counts statuses", () => {
    expect(statusCounts([a, b, c])).toEqual({ pass: 1, errors: 1, obsolete: 0, unreadable: 1 });
  });
});

describe("unit kinds", () => {
  it("shows the format's label for a unit kind key", () => {
    expect(cellText(entry("x", { unitKind: "township" }), "unitKind")).toBe("乡镇人民政府");
    expect(cellText(entry("x", { unitKind: "" }), "unitKind")).toBe("—");
  });
});
