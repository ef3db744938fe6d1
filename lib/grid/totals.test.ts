import { describe, expect, it } from "vitest";
import { gov2021 } from "../../templates/gov-2021";
import { emptyReport } from "../values/empty-report";
import { getPath, setPath } from "../values/object-path";
import { evaluate } from "../rules/evaluate";
import { balanceColumns, balanceLabels, balanceState } from "./balance";
import { isTotalPath, leafCells, sumCells, totalCells, withTotals } from "./totals";

describe("totals", () => {
  it("finds every total of the format: 表三 row+column totals and 表四's three group totals", () => {
    const paths = totalCells(gov2021).map((t) => t.path);
    expect(paths).toContain("tables.requests.received.total");
    expect(paths).toContain("tables.requests.outcomeTotal.natural");
    expect(paths).toContain("tables.appeals.afterReview.total");
    expect(paths).toHaveLength(25 + 6 + 3);
  });
  it("expands the total of totals down to the 21×6 typed cells", () => {
    expect(leafCells(gov2021, "tables.requests.outcomeTotal.total")).toHaveLength(21 * 6);
    expect(leafCells(gov2021, "tables.requests.granted.natural")).toEqual(["tables.requests.granted.natural"]);
    expect(isTotalPath(gov2021, "tables.requests.granted.total")).toBe(true);
  });
  it("sums blanks as 0 and refuses unreadable text", () => {
    expect(sumCells([1, "２", null, ""])).toBe(3);
    expect(sumCells([1, "abc"])).toBeNull();
    expect(sumCells([1, -2])).toBeNull();
    expect(sumCells([1, "1.5"])).toBeNull();
  });
  it("writes consistent totals: evaluate finds no total errors", () => {
    let r = emptyReport(gov2021, { unitName: "某镇人民政府" });
    r = setPath(r, "tables.requests.granted.natural", 3);
    r = setPath(r, "tables.requests.notHeld.business", "2");
    r = setPath(r, "tables.appeals.review.upheld", 1);
    r = setPath(r, "tables.requests.outcomeTotal.natural", 99); // a wrong typed total is replaced
    const t = withTotals(r, gov2021);
    expect(getPath(t, "tables.requests.outcomeTotal.natural")).toBe(3);
    expect(getPath(t, "tables.requests.outcomeTotal.total")).toBe(5);
    expect(getPath(t, "tables.requests.granted.total")).toBe(3);
    expect(getPath(t, "tables.appeals.review.total")).toBe(1);
    const rules = evaluate(t).map((i) => i.rule);
    expect(rules.filter((x) => x.endsWith("-total"))).toEqual([]);
    expect(rules).toContain("requests.balance");
  });
});

describe("balance", () => {
  it("labels the two sides with the rows' short names", () => {
    expect(balanceLabels(gov2021)).toEqual({ left: "一+二", right: "（七）总计+四" });
  });
  it("lists leaf cells per column, the 总计 column expanded", () => {
    const cols = balanceColumns(gov2021);
    expect(cols).toHaveLength(7);
    expect(cols[0]!.left).toEqual(["tables.requests.received.natural", "tables.requests.carriedOver.natural"]);
    expect(cols[0]!.right).toHaveLength(22);
    expect(cols[6]!.left).toHaveLength(12);
    // Named as the rule engine names them (the 总计 column's leaves are 自然人… cells: not its name).
    expect(cols.map((c) => c.colName)).toEqual(["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "法人或其他组织·其他", "总计"]);
  });
});

describe("balanceState", () => {
  const [natural] = balanceColumns(gov2021);
  const right = (outcome: unknown) => [outcome, ...new Array(20).fill(null), null];
  it("adds both sides with blanks as 0 and gives the difference", () => {
    expect(balanceState(natural!, [10, "２"], right(11))).toEqual({ kind: "sum", left: 12, right: 11, diff: 1 });
  });
  it("names the cells that keep the column from being added up instead of a sum over them", () => {
    expect(balanceState(natural!, [10, -2], right("5.5"))).toEqual({
      kind: "blocked",
      blockers: ["tables.requests.carriedOver.natural", "tables.requests.granted.natural"],
    });
    expect(balanceState(natural!, ["abc", 1], right(1)).kind).toBe("blocked");
  });
});
