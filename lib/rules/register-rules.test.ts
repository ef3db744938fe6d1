// register.differs (#24): a 表三/表四 cell typed over the figure its register gave is flagged beside the cell,
// until the two agree or the clerk confirms the typed figure. Fixture: templates/gov-2021/fixtures/valid-report.json,
// where 表三 （一）予以公开·自然人 is 12 and 表四 行政复议·结果维持 is read from the fixture itself.
import { describe, expect, it } from "vitest";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { evaluate, type Checkable } from "./evaluate";

const GRANTED = "tables.requests.granted.natural";
const UPHELD = "tables.appeals.review.upheld";
const upheld = (valid.tables.appeals as { review: { upheld: number } }).review.upheld;

function record(kind: "requests" | "appeals", counts: Record<string, number>, confirmedOverrides: string[] = []) {
  return {
    mapping: { version: 1, kind, columns: [], values: {} },
    year: valid.year,
    counts,
    cases: {},
    uncounted: [],
    countedAt: "2025-01-10T08:00:00Z",
    confirmedOverrides,
  };
}

const registerIssues = (r: Checkable) => evaluate(r).filter((i) => i.rule === "register.differs");

describe("register.differs", () => {
  it("is silent when the table holds the register's figures", () => {
    const r = { ...valid, register: { requests: record("requests", { [GRANTED]: 12 }), appeals: record("appeals", { [UPHELD]: upheld }) } };
    expect(registerIssues(r)).toEqual([]);
  });

  it("flags a typed-over cell beside it, with both figures", () => {
    const r = { ...valid, register: { requests: record("requests", { [GRANTED]: 11 }) } };
    expect(registerIssues(r)).toEqual([
      {
        rule: "register.differs",
        severity: "warning",
        cells: [GRANTED],
        message: "表三·（一）予以公开·自然人：该格来自登记台账 11 件，现填 12，请核对，或确认以填写的数字为准",
      },
    ]);
  });

  it("is silent once the clerk confirms the typed figure", () => {
    const r = { ...valid, register: { requests: record("requests", { [GRANTED]: 11 }, [GRANTED]) } };
    expect(registerIssues(r)).toEqual([]);
  });

  it("reads a blank cell as 0 (表四)", () => {
    const appeals = { ...valid.tables.appeals, review: { ...valid.tables.appeals.review, upheld: null } };
    const r = { ...valid, tables: { ...valid.tables, appeals }, register: { appeals: record("appeals", { [UPHELD]: 2 }) } };
    expect(registerIssues(r).map((i) => i.message)).toEqual(["表四·行政复议·结果维持：该格来自登记台账 2 件，现填 0，请核对，或确认以填写的数字为准"]);
  });
});
