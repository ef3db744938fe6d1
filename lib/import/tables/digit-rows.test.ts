// Digits run together in a pasted 表三 (issue #21): split only when the row and column sums make the split
// unique; otherwise the row is unread with that reason — and no 「相差」 is made of it.
import { describe, expect, it } from "vitest";
import { cellPath } from "../../format/cell-path";
import type { GridTable } from "../../format/types";
import { getPath, setPath } from "../../values/object-path";
import { gov2021 } from "../../../templates/gov-2021";
import { webCopy } from "../../../test-support/field-corpus/digit-cases";
import { fieldSource } from "../../../test-support/field-corpus/source-data";
import { checkImported } from "../build/check-imported";
import { importReport } from "../build/import-report";

const requests = gov2021.tables.requests as GridTable;
const COLS = ["natural", "business", "research", "nonprofit", "legal", "otherOrg", "total"];
const row = (report: unknown, id: string) => COLS.map((c) => getPath(report, cellPath(requests, id, c)));

/** The source with two rows that read 「0 6 810 10 25」 when glued: 8 1 0 | 10 and 8 10 | 1 0 both add up. */
function twoAmbiguousRows() {
  let source = fieldSource({ seed: 5 });
  // The two rows replaced, and （七）总计 and 一 moved by the same amounts, so the source still balances.
  for (const id of ["petition", "repeated"]) {
    [0, 6, 8, 1, 0, 10, 25].forEach((v, i) => {
      const delta = v - Number(getPath(source, cellPath(requests, id, COLS[i]!)));
      source = setPath(source, cellPath(requests, id, COLS[i]!), v);
      for (const total of ["outcomeTotal", "received"]) source = setPath(source, cellPath(requests, total, COLS[i]!), Number(getPath(source, cellPath(requests, total, COLS[i]!))) + delta);
    });
  }
  const text = webCopy(source, [])
    .split("\n")
    .map((l) => (/信访举报投诉类申请|2\.重复申请/.test(l) ? l.replace("\t0\t6\t8\t1\t0\t10\t25", "\t0\t6\t810\t10\t25") : l))
    .join("\n");
  return { source, text };
}

describe("digits run together", () => {
  it("a row whose own total leaves one split is read, with a note", () => {
    const source = fieldSource({ seed: 3107 });
    const r = importReport({ text: webCopy(source, [{ table: "requests", row: "granted", count: 6 }]) });
    if (!r.ok) throw new Error(r.error);
    expect(row(r.report, "granted")).toEqual(row(source, "granted"));
    const glued = `${row(source, "granted").slice(0, 6).join("")} ${String(row(source, "granted")[6])}`;
    expect(r.report.notes).toContain(`表三·（一）予以公开：数字连在一起（“${glued}”），按该行及各列的合计只有一种拆分，已读作 ${row(source, "granted").join(" ")}，请核对`);
  });

  it("rows that several splits fit, with no column to decide, are unread with that reason and checked by no sum", () => {
    const { text } = twoAmbiguousRows();
    const r = importReport({ text });
    if (!r.ok) throw new Error(r.error);
    const unread = r.findings.filter((f) => f.rule === "import.unread").map((f) => f.message);
    expect(unread).toEqual([
      "表三·（五）不予处理 1.信访举报投诉类申请：数字连在一起（“0 6 810 10 25”），可以拆分为 2 种不同的数字，合计不能确定是哪一种，无法确定，7 个单元格未读取",
      "表三·（五）不予处理 2.重复申请：数字连在一起（“0 6 810 10 25”），可以拆分为 2 种不同的数字，合计不能确定是哪一种，无法确定，7 个单元格未读取",
    ]);
    expect(row(r.report, "petition").every((v) => v === null)).toBe(true);
    expect(checkImported(r).filter((i) => i.message.includes("相差"))).toEqual([]);
  });

  it("one such row is decided by its columns when every other row was read", () => {
    const { source, text } = twoAmbiguousRows();
    const one = text.replace("\t0\t6\t810\t10\t25", "\t0\t6\t8\t1\t0\t10\t25"); // only 2.重复申请 stays glued
    const r = importReport({ text: one });
    if (!r.ok) throw new Error(r.error);
    expect(row(r.report, "repeated")).toEqual(row(source, "repeated"));
  });
});
