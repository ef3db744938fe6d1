import { describe, expect, it } from "vitest";
import type { Report } from "../report/types";
import { setPath } from "../values/object-path";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { evaluate } from "../rules/evaluate";
import { rollUp } from "./roll-up";
import type { ReviewEntry } from "./types";

const fixture = valid as unknown as Report;
const entry = (id: string, unit: string, report: Report, extra: Partial<ReviewEntry> = {}): ReviewEntry => ({
  id, fileName: id, size: 1, status: "pass", unit, unitKind: "township", year: report.year, format: "gov-2021", errors: 0, warnings: 0,
  figures: { received: null, outcomeTotal: null, carriedForward: null, reconsiderationTotal: null, litigationTotal: null }, issues: [], report, ...extra,
});

describe("rollUp", () => {
  it("sums counts and 万元 exactly, leaves out what it must (with the reason), checks its own balance", () => {
    const a = setPath(fixture, "tables.proactive.fees.amount", 0.1);
    const b = setPath(fixture, "tables.proactive.fees.amount", "0.2");
    const entries = [
      entry("a", "甲镇", a),
      entry("b", "乙镇", b),
      entry("b2", "乙镇人民政府", b, { errors: 2, status: "errors" }),
      entry("old", "丙镇", fixture, { status: "obsolete", format: "gov-2019" }),
      entry("y", "丁镇", { ...fixture, year: 2023 }, { year: 2023 }),
      { ...entry("bad", "", fixture, { status: "unreadable" }), report: undefined },
    ];
    const r = rollUp(entries, { year: 2024 });
    expect(r.included).toEqual([{ entryId: "a", unit: "甲镇", tableErrors: 0 }, { entryId: "b", unit: "乙镇", tableErrors: 0 }]);
    expect(r.excluded).toEqual([
      { entryId: "b2", unit: "乙镇人民政府", reason: "duplicate" },
      { entryId: "old", unit: "丙镇", reason: "obsolete" },
      { entryId: "y", unit: "丁镇", reason: "wrong-year" },
      { entryId: "bad", unit: "", reason: "unreadable" },
    ]);
    expect(r.tables.proactive.fees).toEqual({ amount: "0.3" });
    const req = fixture.tables.requests as Record<string, Record<string, number>>;
    expect((r.tables.requests as Record<string, Record<string, number>>).received!.total).toBe(2 * req.received!.total!);
    expect(r.issues).toEqual([]);
  });

  it("of duplicates, the one with fewer errors is kept, whichever comes first", () => {
    const r = rollUp([entry("first", "甲镇", fixture, { errors: 3, status: "errors" }), entry("second", "甲镇", fixture)], { year: 2024 });
    expect(r.included.map((i) => i.entryId)).toEqual(["second"]);
  });

  it("a report whose tables have errors is summed as it is and named with their count; prose errors and warnings do not count", () => {
    // 表三 自然人 一 one more, its 总计 not: 一's row total and 自然人's balance are broken (two table errors).
    const req = fixture.tables.requests as Record<string, Record<string, number>>;
    const broken = setPath(fixture, "tables.requests.received.natural", req.received!.natural! + 1);
    const issues = [
      ...evaluate(broken).filter((i) => i.rule === "requests.row-total" || i.rule === "requests.balance"),
      { rule: "text.placeholder", severity: "error" as const, cells: [], message: "正文仍有占位文字" },
      { rule: "requests.balance", severity: "warning" as const, cells: [], message: "（提示，不计）" },
    ];
    expect(issues.filter((i) => i.severity === "error")).toHaveLength(3);
    const r = rollUp([entry("a", "甲镇", fixture), entry("b", "乙镇", broken, { errors: 3, status: "errors", issues })], { year: 2024 });
    expect(r.included).toEqual([{ entryId: "a", unit: "甲镇", tableErrors: 0 }, { entryId: "b", unit: "乙镇", tableErrors: 2 }]);
    expect((r.tables.requests as Record<string, Record<string, number>>).received!.natural).toBe(2 * req.received!.natural! + 1);
  });

  it("the roll-up's own check is the one engine's (a broken total in a part shows in the sum)", () => {
    const broken = setPath(fixture, "tables.appeals.review.total", 9);
    const r = rollUp([entry("a", "甲镇", fixture), entry("b", "乙镇", broken)], { year: 2024 });
    expect(r.issues.map((i) => [i.rule, i.severity])).toEqual([["appeals.group-total", "error"]]);
  });
});
