import { describe, expect, it } from "vitest";
import { gov2021 } from "../../templates/gov-2021";
import { tableLayout } from "./table-layout";
import { cellColumns } from "./cell-columns";

describe("cellColumns", () => {
  const layout = tableLayout(gov2021.tables.requests);
  const cols = cellColumns(layout);
  const find = (text: string) => {
    const r = layout.rows.findIndex((row) => row.some((c) => c.text === text));
    const i = layout.rows[r]!.findIndex((c) => c.text === text);
    return { start: cols[r]![i]!, cell: layout.rows[r]![i]! };
  };
  it("puts 表三's labels in the three label columns and 总计 in the last", () => {
    expect(find("一、本年新收政府信息公开申请数量")).toMatchObject({ start: 0, cell: { colSpan: 3 } });
    expect(find("（三）不予公开").start).toBe(1);
    expect(find("1.属于国家秘密").start).toBe(2); // a row below 三、 and （三）: both span into it
    expect(find("（七）总计").start).toBe(1);
    expect(find("总计").start).toBe(layout.columnCount - 1);
    expect(find("商业企业").start).toBe(4);
  });
  it("starts every row's value cells after the labels", () => {
    layout.rows.forEach((row, r) =>
      row.forEach((cell, i) => {
        if (cell.role === "value") expect(cols[r]![i]).toBeGreaterThanOrEqual(3);
      }),
    );
  });
});
