import { describe, expect, it } from "vitest";
import { gov2021 } from "../../templates/gov-2021";
import { tableLayout } from "../format/table-layout";
import { isBlock, parseClipboardBlock, pasteTargets } from "./paste";
import { valueMatrix } from "./value-matrix";

const requests = valueMatrix(tableLayout(gov2021.tables.requests));
const proactive = valueMatrix(tableLayout(gov2021.tables.proactive));

describe("parseClipboardBlock", () => {
  it("reads Excel's tab/CRLF text with a trailing newline", () => {
    expect(parseClipboardBlock("1\t2\r\n3\t4\r\n")).toEqual([["1", "2"], ["3", "4"]]);
  });
  it("keeps empty cells and quoted cells with newlines and quotes", () => {
    expect(parseClipboardBlock('a\t\t"x\ny"\n"say ""hi"""\tb')).toEqual([["a", "", "x\ny"], ['say "hi"', "b"]]);
  });
  it("treats a stray quote as text", () => {
    expect(parseClipboardBlock('5"\t6')).toEqual([['5"', "6"]]);
  });
  it("tells a block from a single value", () => {
    expect(isBlock("12\n")).toBe(false);
    expect(isBlock("1\t2")).toBe(true);
    expect(isBlock("1\n2")).toBe(true);
  });
});

describe("pasteTargets", () => {
  it("fills 表三 from the focused cell and skips the computed 总计 column", () => {
    const block = parseClipboardBlock("1\t2\t3\t4\t5\t6\t21\n7\t8\n");
    const writes = pasteTargets(requests, "tables.requests.received.natural", block);
    expect(writes.map((w) => w.path)).toEqual([
      "tables.requests.received.natural",
      "tables.requests.received.business",
      "tables.requests.received.research",
      "tables.requests.received.nonprofit",
      "tables.requests.received.legal",
      "tables.requests.received.otherOrg",
      "tables.requests.carriedOver.natural",
      "tables.requests.carriedOver.business",
    ]);
    expect(writes[7]!.text).toBe("8");
  });
  it("drops what falls outside the table", () => {
    const block = [["1", "2", "3"], ["4"], ["5"]];
    const writes = pasteTargets(requests, "tables.requests.carriedForward.otherOrg", block);
    expect(writes).toEqual([{ path: "tables.requests.carriedForward.otherOrg", text: "1" }]);
  });
  it("fills a whole 25×7 block pasted from the top-left cell (the 总计 row and column skipped)", () => {
    const block = Array.from({ length: 25 }, (_, r) => Array.from({ length: 7 }, (_, c) => String(r * 7 + c)));
    const writes = pasteTargets(requests, "tables.requests.received.natural", block);
    expect(writes).toHaveLength(24 * 6);
    expect(writes.some((w) => w.path.endsWith(".total") || w.path.includes("outcomeTotal"))).toBe(false);
  });
  it("follows 表二's stacked blocks row by row", () => {
    const writes = pasteTargets(proactive, "tables.proactive.normativeDocs.issued", [["3", "1", "20"], ["9"]]);
    expect(writes.map((w) => w.path)).toEqual([
      "tables.proactive.normativeDocs.issued",
      "tables.proactive.normativeDocs.repealed",
      "tables.proactive.normativeDocs.inForce",
      "tables.proactive.licensing.decisions",
    ]);
  });
  it("ignores an unknown starting cell", () => {
    expect(pasteTargets(requests, "tables.requests.nope", [["1"]])).toEqual([]);
  });
});
