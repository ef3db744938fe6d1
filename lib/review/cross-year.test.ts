import { describe, expect, it } from "vitest";
import type { Report } from "../report/types";
import { setPath } from "../values/object-path";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { lastYearOf, pairLastYear } from "./cross-year";
import type { ReviewEntry } from "./types";

const thisYear = (() => {
  const r = structuredClone(valid) as unknown as Report;
  delete r.lastYear;
  return r;
})();
const R = "tables.requests";
const entry = (id: string, unit: string, report: Report): ReviewEntry => ({
  id, fileName: id, size: 1, status: "pass", unit, unitKind: "township", year: report.year, format: "gov-2021", errors: 0, warnings: 0,
  figures: { received: null, outcomeTotal: null, carriedForward: null, reconsiderationTotal: null, litigationTotal: null }, issues: [], findings: [], report,
});
/** Last year's report whose 结转下年度 is this year's 上年结转 and whose prose is its own. */
function last(changes: Record<string, unknown> = {}): Report {
  let r: Report = { ...thisYear, year: 2023, prose: { overview: { text: "上一年度的工作情况与本年完全不同的一段文字说明。", parts: {} } } };
  r = setPath(r, `${R}.carriedForward`, (thisYear.tables.requests as Record<string, unknown>).carriedOver);
  r = setPath(r, "tables.proactive.normativeDocs.inForce", 10); // 10 + 3 − 1 = 12, this year's
  for (const [p, v] of Object.entries(changes)) r = setPath(r, p, v);
  return r;
}

describe("pairLastYear", () => {
  it("matching figures and different prose: paired, nothing to say, 0 % repeated", () => {
    const [e] = pairLastYear([entry("a", "示例县城关镇人民政府", thisYear)], [entry("l", "城关镇", last())]);
    expect([e!.lastYearId, e!.issues, e!.repeatedShare, e!.report?.lastYear?.source, e!.report?.lastYear?.year]).toEqual(["l", [], 0, "report", 2023]);
  });

  it("上年结转 ≠ last year's 结转下年度: an error per column with both values; 现行有效 not following: a warning", () => {
    const [e] = pairLastYear([entry("a", "城关镇人民政府", thisYear)], [entry("l", "城关镇", last({ [`${R}.carriedForward.natural`]: 7, "tables.proactive.normativeDocs.inForce": 2 }))]);
    const carry = e!.issues.filter((i) => i.rule === "crossyear.carry-over");
    expect(carry.map((i) => [i.severity, i.cells[0]])).toEqual([["error", `${R}.carriedOver.natural`]]);
    const now = (thisYear.tables.requests as Record<string, Record<string, number>>).carriedOver!.natural;
    expect(carry[0]!.message).toMatch(new RegExp(`二、上年结转 = ${now}，.*= 7`));
    expect(e!.issues.filter((i) => i.rule === "crossyear.in-force").map((i) => i.severity)).toEqual(["warning"]);
    expect([e!.status, e!.errors, e!.warnings]).toEqual(["errors", 1, 1]);
  });

  it("prose copied from last year: text.repeated and the share; the unpaired keep no share", () => {
    const copied = { ...last(), prose: structuredClone(thisYear.prose) };
    const [e, other] = pairLastYear([entry("a", "城关镇人民政府", thisYear), entry("b", "金殿镇人民政府", thisYear)], [entry("l", "城关镇", copied)]);
    expect(e!.issues.some((i) => i.rule === "text.repeated")).toBe(true);
    expect(e!.repeatedShare).toBeGreaterThan(0.5);
    expect([other!.lastYearId, other!.repeatedShare, other!.issues]).toEqual([undefined, undefined, []]);
  });

  it("only last year's report of the same unit; of two, the one with fewer errors", () => {
    const a = entry("a", "城关镇", thisYear);
    const older = entry("o", "城关镇", { ...last(), year: 2022 });
    const worse = { ...entry("w", "城关镇", last()), errors: 4 };
    const better = entry("b", "城关镇人民政府", last());
    expect(lastYearOf(a, [older])).toBeUndefined();
    expect(lastYearOf(a, [worse, better])?.id).toBe("b");
  });
});
