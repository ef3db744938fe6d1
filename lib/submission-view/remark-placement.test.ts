import { describe, expect, it } from "vitest";
import { gov2021 } from "@/templates/gov-2021";
import { cellDefs, cellName, prosePath } from "../format/cell-path";
import { stepOfPath } from "../wizard/steps";
import { currentRemarks, placeRemarks } from "./remark-placement";
import type { Remark, VersionInfo } from "./types";

const cell = cellDefs(gov2021).find((c) => c.table === "requests" && !c.rowTotal && !c.colTotal)!;
const remark = (id: string, version: number, path: string | null, text: string): Remark => ({ id, version, path, text, author: "admin", createdAt: "2025-01-21T01:00:00Z" });
const versions = (n: number): VersionInfo[] => Array.from({ length: n }, (_, i) => ({ version: i + 1, submittedAt: "", submittedBy: "u0001", errors: 0, warnings: 0 }));

describe("currentRemarks", () => {
  const remarks = [remark("1", 1, null, "第一轮"), remark("2", 2, cell.path, "第二轮")];
  it("keeps only the remarks on the version last sent, while the report is returned", () => {
    expect(currentRemarks({ status: "returned", versions: versions(2), remarks }).map((r) => r.id)).toEqual(["2"]);
  });
  it("shows none once the report was sent again or approved", () => {
    expect(currentRemarks({ status: "submitted", versions: versions(3), remarks })).toEqual([]);
    expect(currentRemarks({ status: "approved", versions: versions(2), remarks })).toEqual([]);
  });
});

describe("placeRemarks", () => {
  it("puts an anchored remark beside its field and in its step, a whole-report one at the top", () => {
    const prose = prosePath("overview", "oversight");
    const p = placeRemarks(gov2021, [remark("1", 1, null, "请核对全文"), remark("2", 1, cell.path, "此数偏大"), remark("3", 1, prose, "请补充")]);
    expect(p.whole.map((r) => r.text)).toEqual(["请核对全文"]);
    expect(p.byPath.get(cell.path)).toEqual([{ ...remark("2", 1, cell.path, "此数偏大"), label: cellName(cell) }]);
    expect(p.byStep.get(stepOfPath(gov2021, cell.path))!.map((r) => r.id)).toEqual(["2"]);
    expect(p.byStep.get("overview")!.map((r) => r.id)).toEqual(["3"]);
  });
  it("never drops a remark on a path the format does not know: it joins the whole-report ones", () => {
    const p = placeRemarks(gov2021, [remark("9", 1, "tables.requests.nosuch.row", "<script>")]);
    expect(p.whole).toEqual([{ ...remark("9", 1, "tables.requests.nosuch.row", "<script>"), label: null }]);
    expect(p.byPath.size).toBe(0);
  });
});
