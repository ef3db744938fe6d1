import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gov2021 } from "@/templates/gov-2021";
import { cellDefs, cellName, prosePath } from "../format/cell-path";
import type { Report } from "../report/types";
import { getPath, setPath } from "../values/object-path";
import { sideText } from "./text-diff";
import { isEmptyDiff, versionDiff } from "./version-diff";

const base = JSON.parse(readFileSync(new URL("../../templates/gov-2021/fixtures/valid-report.json", import.meta.url), "utf8")) as Report;
const cell = cellDefs(gov2021).find((c) => c.table === "requests" && !c.rowTotal && !c.colTotal)!;

describe("versionDiff", () => {
  it("finds nothing between a report and itself", () => {
    expect(isEmptyDiff(versionDiff(gov2021, base, structuredClone(base)))).toBe(true);
  });

  it("names a changed 表三 cell with its before and after", () => {
    const before = getPath(base, cell.path);
    const after = setPath(base, cell.path, Number(before ?? 0) + 7);
    const d = versionDiff(gov2021, base, after);
    expect(d.cells).toEqual([{ path: cell.path, label: cellName(cell), before: String(before ?? ""), after: String(Number(before ?? 0) + 7) }]);
    expect(d.paragraphs).toEqual([]);
    expect(d.fields).toEqual([]);
  });

  it("does not call a blank cell, null and a missing key, or 5 and \"5\", a change", () => {
    const a = setPath(base, cell.path, null);
    expect(versionDiff(gov2021, a, setPath(base, cell.path, "")).cells).toEqual([]);
    expect(versionDiff(gov2021, setPath(base, cell.path, 5), setPath(base, cell.path, "5")).cells).toEqual([]);
    expect(versionDiff(gov2021, setPath(base, cell.path, 5), setPath(base, cell.path, 6)).cells).toHaveLength(1);
  });

  it("marks the changed text of a paragraph and names it by its heading", () => {
    const path = prosePath("overview", "requests");
    const section = gov2021.sections.find((s) => s.key === "overview")!;
    const part = section.parts!.find((p) => p.key === "requests")!;
    const before = String(getPath(base, path));
    const after = setPath(base, path, `${before}均已按时答复。`);
    const d = versionDiff(gov2021, base, after);
    expect(d.paragraphs).toHaveLength(1);
    expect(d.paragraphs[0]!.label).toBe(`${section.heading}·${part.heading}`);
    expect(sideText(d.paragraphs[0]!.segments, "before")).toBe(before);
    expect(d.paragraphs[0]!.segments.filter((s) => s.op === "added")).toEqual([{ op: "added", text: "均已按时答复。" }]);
  });

  it("lists a changed basic field as before → after", () => {
    const d = versionDiff(gov2021, base, setPath(base, "contact.phone", "0000-7654321"));
    expect(d.fields).toEqual([{ path: "contact.phone", label: "联系方式·联系电话".replace("联系电话", gov2021.contactFields.find((f) => f.key === "phone")!.label), before: base.contact.phone, after: "0000-7654321" }]);
  });

  it("says 信息处理费 in words, not as data", () => {
    const a = setPath(base, "infoFee", { status: "not-collected", amountYuan: null });
    const b = setPath(base, "infoFee", { status: "collected", amountYuan: 1200 });
    expect(versionDiff(gov2021, a, b).fields).toEqual([{ path: "infoFee", label: "信息处理费", before: "未收取", after: "收取 1200 元" }]);
  });
});
