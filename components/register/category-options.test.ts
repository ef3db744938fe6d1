import { describe, expect, it } from "vitest";
import { gov2021 } from "@/templates/gov-2021";
import { tableCells } from "@/lib/format/cell-path";
import { categoryOptions } from "./category-options";

// Expected values come from the format's own cells: every option names a typed cell of its table.
const typed = (t: "requests" | "appeals") => tableCells(gov2021.tables[t]).filter((d) => !d.rowTotal && !d.colTotal);

describe("categoryOptions", () => {
  it("offers one applicant option per typed column of 表三, labelled as its column", () => {
    const cols = [...new Map(typed("requests").map((d) => [d.colId, d.colName])).entries()];
    expect(categoryOptions(gov2021, "applicantType").map((o) => [o.key, o.label])).toEqual(cols);
  });

  it("offers one outcome option per typed row under 三, keyed by its path under 三", () => {
    const rows = typed("requests").filter((d) => !["received", "carriedOver", "carriedForward"].includes(d.rowId));
    const rowIds = [...new Set(rows.map((d) => d.rowId))];
    const options = categoryOptions(gov2021, "outcome");
    expect(options.map((o) => o.key.split(".").pop())).toEqual(rowIds);
    expect(options.find((o) => o.key === "withheld.stateSecret")?.label).toBe("（三）不予公开 1.属于国家秘密");
    expect(options.find((o) => o.key === "partlyGranted")?.label).toBe("（二）部分公开");
  });

  it("offers 表四's three groups and four results, each naming typed cells", () => {
    const ids = new Set(typed("appeals").map((d) => d.colId));
    const groups = categoryOptions(gov2021, "caseType");
    const results = categoryOptions(gov2021, "result");
    expect(groups.map((g) => g.label)).toEqual(["行政复议", "未经复议直接起诉", "复议后起诉"]);
    for (const g of groups) for (const r of results) expect(ids.has(`${g.key}.${r.key}`)).toBe(true);
    expect(groups.length * results.length).toBe(ids.size);
  });
});
