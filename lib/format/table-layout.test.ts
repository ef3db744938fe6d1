import { describe, expect, it } from "vitest";
import path from "node:path";
import { gov2021 } from "../../templates/gov-2021";
import { tableLayout } from "./table-layout";
import { layoutAsWordRows, readWordTables } from "../../test-support/word-tables";

const TEMPLATE = path.resolve(__dirname, "../../templates/gov-2021/fixtures/official-blank-template-2021.docx");
const official = readWordTables(TEMPLATE);
const ours = (["proactive", "requests", "appeals"] as const).map((k) => layoutAsWordRows(tableLayout(gov2021.tables[k])));

describe("table layout matches the official template (国办公开办函〔2021〕30号 附件)", () => {
  it("has the template's three tables", () => {
    expect(official).toHaveLength(3);
  });

  (["表二", "表三", "表四"] as const).forEach((name, t) => {
    it(`${name}: same rows, and in every row the same cells (text, gridSpan, vMerge)`, () => {
      const want = official[t]!;
      const got = ours[t]!;
      expect(got.length).toBe(want.length);
      want.forEach((row, r) => {
        expect({ row: r, cells: got[r] }).toEqual({ row: r, cells: row });
      });
    });
  });

  it("reproduces the template's merged-cell counts (26 horizontal, 58 vertical)", () => {
    const cells = ours.flat(2);
    expect(cells.filter((c) => c.gridSpan > 1)).toHaveLength(26);
    expect(cells.filter((c) => c.vMerge !== null)).toHaveLength(58);
  });
});

describe("tableLayout geometry", () => {
  it("every row of every table covers exactly columnCount grid columns", () => {
    for (const k of ["proactive", "requests", "appeals"] as const) {
      const layout = tableLayout(gov2021.tables[k]);
      for (const row of layoutAsWordRows(layout)) {
        expect(row.reduce((s, c) => s + c.gridSpan, 0)).toBe(layout.columnCount);
      }
    }
  });

  it("表三 has 3 header rows, 25 data rows and 7 value columns", () => {
    const layout = tableLayout(gov2021.tables.requests);
    expect(layout.headerRows).toBe(3);
    expect(layout.rows.length - layout.headerRows).toBe(25);
    expect(layout.rows[layout.headerRows]!.filter((c) => c.role === "value")).toHaveLength(7);
  });

  it("marks total cells: the 总计 column, the （七）总计 row and 表四's three 总计", () => {
    const totals = (k: "requests" | "appeals") =>
      tableLayout(gov2021.tables[k]).rows.flat().filter((c) => c.total).map((c) => c.path);
    expect(totals("requests")).toHaveLength(25 + 6);
    expect(totals("requests")).toContain("tables.requests.outcomeTotal.natural");
    expect(totals("requests")).toContain("tables.requests.granted.total");
    expect(totals("appeals")).toEqual(["tables.appeals.review.total", "tables.appeals.direct.total", "tables.appeals.afterReview.total"]);
  });
});
