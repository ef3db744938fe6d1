import { describe, expect, it } from "vitest";
import { gov2021 } from "../../templates/gov-2021";
import { tableLayout } from "../format/table-layout";
import { columnWidths, split } from "./column-widths";

const typeArea = Math.round((156 * 1440) / 25.4); // 版心宽 156 mm in twips

describe("column widths", () => {
  it("split keeps the total exact", () => {
    expect(split(100, [1, 1, 1])).toEqual([33, 34, 33]);
    expect(split(8844, [1, 2, 3]).reduce((a, b) => a + b)).toBe(8844);
  });

  it.each(["proactive", "requests", "appeals"] as const)("%s: one width per grid column, filling the type area", (k) => {
    const layout = tableLayout(gov2021.tables[k]);
    const w = columnWidths(layout);
    expect(w).toHaveLength(layout.columnCount);
    expect(w.reduce((a, b) => a + b)).toBe(typeArea);
    expect(Math.min(...w)).toBeGreaterThan(500); // at least two 五号 characters
  });
});
