import { describe, expect, it } from "vitest";
import { gov2021 } from "../../templates/gov-2021";
import { cellDefs, cellName, prosePath } from "./cell-path";

const defs = cellDefs(gov2021);

describe("cell paths", () => {
  it("has 10 + 175 + 15 numeric cells (format-2021.md §3–§5)", () => {
    const count = (t: string) => defs.filter((d) => d.table === t).length;
    expect([count("proactive"), count("requests"), count("appeals")]).toEqual([10, 175, 15]);
  });

  it("builds unique paths of words, never numeric segments", () => {
    expect(new Set(defs.map((d) => d.path)).size).toBe(defs.length);
    for (const d of defs) {
      expect(d.path).toMatch(/^tables\.(proactive|requests|appeals)(\.[a-zA-Z]+)+$/);
    }
  });

  it("names cells the way the table reads", () => {
    const by = (p: string) => defs.find((d) => d.path === p)!;
    expect(by("tables.requests.received.natural").ariaLabel).toBe("表三 一、本年新收政府信息公开申请数量 自然人");
    expect(by("tables.requests.stateSecret.business").ariaLabel).toBe(
      "表三 三、本年度办理结果 （三）不予公开 1.属于国家秘密 法人或其他组织 商业企业",
    );
    expect(by("tables.appeals.direct.upheld").ariaLabel).toBe("表四 行政诉讼 未经复议直接起诉 结果维持");
    expect(by("tables.proactive.fees.amount").kind).toBe("amount");
    expect(cellName(by("tables.requests.stateSecret.natural"))).toBe("表三·（三）不予公开 1.属于国家秘密·自然人");
    expect(cellName(by("tables.appeals.review.total"))).toBe("表四·行政复议·总计");
  });

  it("builds prose paths", () => {
    expect(prosePath("overview", "oversight")).toBe("prose.overview.parts.oversight");
    expect(prosePath("problems")).toBe("prose.problems.text");
  });
});
