import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateReport } from "../../report/parse-report-json";
import type { Report } from "../../report/types";
import { evaluate } from "../../rules/evaluate";
import { getPath } from "../../values/object-path";
import valid from "../../../templates/gov-2021/fixtures/valid-report.json";
import { startFromLastYear, UPDATE_MARK } from "./start-from-last-year";

const last = valid as unknown as Report;

describe("startFromLastYear", () => {
  const next = startFromLastYear(last);

  it("is a valid draft for the next year with the unit's details", () => {
    expect(validateReport(next).ok).toBe(true);
    expect([next.year, next.unit, next.contact]).toEqual([2025, last.unit, last.contact]);
  });

  it("上年结转 per column = last year's 结转下年度继续办理", () => {
    for (const col of ["natural", "business", "research", "nonprofit", "legal", "otherOrg", "total"]) {
      expect(getPath(next, `tables.requests.carriedOver.${col}`)).toBe(getPath(last, `tables.requests.carriedForward.${col}`));
    }
    expect(getPath(next, "tables.requests.carriedOver.natural")).toBe(3); // valid-report.json: 四、结转 自然人 3
  });

  it("keeps last year's tables for the cross-year warning, and the rest of this year's tables blank", () => {
    expect(next.lastYear?.year).toBe(2024);
    expect(getPath(next, "lastYear.tables.requests.carriedForward.natural")).toBe(3);
    expect(getPath(next, "lastYear.tables.proactive.normativeDocs.inForce")).toBe(getPath(last, "tables.proactive.normativeDocs.inForce"));
    expect(getPath(next, "tables.requests.received.natural")).toBeNull();
    expect(getPath(next, "tables.proactive.normativeDocs.inForce")).toBeNull();
    expect(evaluate(next).filter((i) => i.rule === "crossyear.carry-over")).toEqual([]);
  });

  it("offers last year's prose, each non-empty field marked for updating", () => {
    expect(next.prose.overview!.parts.proactive).toBe(UPDATE_MARK + last.prose.overview!.parts.proactive);
    expect(next.prose.problems!.text.startsWith(UPDATE_MARK)).toBe(true);
    for (const s of Object.values(next.prose)) for (const t of [s.text, ...Object.values(s.parts)]) if (t) expect(t.startsWith(UPDATE_MARK)).toBe(true);
    expect(next.preamble).toContain("2025年1月1日");
    expect(startFromLastYear(next).prose.problems!.text.match(/【请根据/g)).toHaveLength(1); // never marked twice
  });
});
