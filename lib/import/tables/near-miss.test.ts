// Near-miss labels (issue #21): a row label with a dropped or wrong character (「2.其他法律行政止公开」) is
// matched when unambiguous — its numbers land in the right row — and named in a note; a label that is only
// wrapped, letter-spaced or cut short is not.
import { describe, expect, it } from "vitest";
import { cellPath } from "../../format/cell-path";
import type { GridTable } from "../../format/types";
import { getPath } from "../../values/object-path";
import { gov2021 } from "../../../templates/gov-2021";
import { reportDocx } from "../../../test-support/field-corpus/report-docx";
import { fieldSource } from "../../../test-support/field-corpus/source-data";
import { importReport } from "../build/import-report";

const requests = gov2021.tables.requests as GridTable;
const typos: Record<string, [string, string, string]> = {
  // template label → [row id, group, printed]
  "2.其他法律行政法规禁止公开": ["lawProhibited", "（三）不予公开", "2.其他法律行政止公开"],
  "4.保护第三方合法权益": ["thirdParty", "（三）不予公开", "4.保护第三方合法杈益"],
};

describe("near-miss labels", () => {
  const source = fieldSource({ seed: 11 });
  const printed = Object.fromEntries(Object.entries(typos).map(([label, [, , p]]) => [label, p]));
  const result = importReport({ name: "r.docx", bytes: reportDocx(source, { typos: printed }) });
  if (!result.ok) throw new Error(result.error);

  it("are read into their rows", () => {
    for (const [id] of Object.values(typos)) {
      for (const col of ["natural", "total"]) expect(getPath(result.report, cellPath(requests, id, col))).toBe(getPath(source, cellPath(requests, id, col)));
    }
  });

  it("are named in a note each", () => {
    const notes = (result.report.notes ?? []).filter((n) => n.includes("原文写作"));
    expect(notes).toEqual(
      Object.entries(typos).map(([label, [, group, p]]) => `表三·${group} ${label}：原文写作“${p}”，与格式的行名略有不同，已按该行读取，请核对`),
    );
  });

  it("letter-spaced and broken labels are not near misses", () => {
    const plain = importReport({ name: "r.docx", bytes: reportDocx(source, { spaced: true, broken: true }) });
    if (!plain.ok) throw new Error(plain.error);
    expect((plain.report.notes ?? []).filter((n) => n.includes("原文写作"))).toEqual([]);
  });
});
