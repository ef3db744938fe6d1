import { describe, expect, it } from "vitest";
import { gov2021 } from "@/templates/gov-2021";
import { isRemarkPath } from "../submissions/remark-paths";
import { cellDefs } from "../format/cell-path";
import { anchorFields, fieldLabel } from "./field-paths";

describe("anchorFields", () => {
  it("offers exactly the paths the server accepts for a remark (one list, two readers)", () => {
    const offered = anchorFields(gov2021).map((f) => f.path);
    expect(offered.filter((p) => !isRemarkPath(p))).toEqual([]);
    expect(new Set(offered).size).toBe(offered.length);
    // Every cell of the three tables, so a remark can sit on any of them.
    for (const d of cellDefs(gov2021)) expect(offered).toContain(d.path);
  });
  it("names a 表三 cell by table, row and column, and knows no invented path", () => {
    const d = cellDefs(gov2021).find((c) => c.path === "tables.requests.granted.natural")!;
    expect(fieldLabel(gov2021, d.path)).toBe([d.tableName, d.rowName, d.colName].filter(Boolean).join("·"));
    expect(fieldLabel(gov2021, "tables.requests.granted.nosuch")).toBeNull();
  });
});
