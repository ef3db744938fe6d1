import { describe, expect, it } from "vitest";
import { gov2021 } from "../../templates/gov-2021";
import { tableLayout } from "../format/table-layout";
import { navKey, nextCell } from "./navigate";
import { valueMatrix } from "./value-matrix";

const m = valueMatrix(tableLayout(gov2021.tables.requests));
const p = (row: string, col: string) => `tables.requests.${row}.${col}`;

describe("nextCell in 表三", () => {
  it("moves with the arrows and stops at the edge", () => {
    expect(nextCell(m, p("received", "natural"), "ArrowRight")).toBe(p("received", "business"));
    expect(nextCell(m, p("received", "natural"), "ArrowLeft")).toBeNull();
    expect(nextCell(m, p("received", "natural"), "ArrowUp")).toBeNull();
    expect(nextCell(m, p("received", "natural"), "ArrowDown")).toBe(p("carriedOver", "natural"));
    expect(nextCell(m, p("carriedForward", "natural"), "Enter")).toBeNull();
  });
  it("skips the computed 总计 column and （七）总计 row", () => {
    expect(nextCell(m, p("received", "otherOrg"), "ArrowRight")).toBeNull();
    expect(nextCell(m, p("received", "otherOrg"), "Tab")).toBe(p("carriedOver", "natural"));
    expect(nextCell(m, p("otherReason", "natural"), "Enter")).toBe(p("carriedForward", "natural"));
    expect(nextCell(m, p("carriedForward", "legal"), "ShiftEnter")).toBe(p("otherReason", "legal"));
    expect(nextCell(m, p("carriedOver", "natural"), "ShiftTab")).toBe(p("received", "otherOrg"));
  });
});

describe("nextCell in 表二 and 表四", () => {
  const two = valueMatrix(tableLayout(gov2021.tables.proactive));
  const four = valueMatrix(tableLayout(gov2021.tables.appeals));
  it("clamps the column when a block is narrower", () => {
    expect(nextCell(two, "tables.proactive.normativeDocs.inForce", "ArrowDown")).toBe("tables.proactive.licensing.decisions");
    expect(nextCell(two, "tables.proactive.licensing.decisions", "ArrowUp")).toBe("tables.proactive.normativeDocs.issued");
  });
  it("jumps over 表四's group totals", () => {
    expect(nextCell(four, "tables.appeals.review.pending", "Tab")).toBe("tables.appeals.direct.upheld");
    expect(nextCell(four, "tables.appeals.direct.upheld", "ShiftTab")).toBe("tables.appeals.review.pending");
  });
});

describe("navKey: which keys move out of the cell", () => {
  const k = (key: string, selectionStart: number, selectionEnd: number, length: number, shiftKey = false) =>
    navKey({ key, shiftKey, selectionStart, selectionEnd, length });
  it("Up, Down, Enter and Tab always move; with Shift, Enter and Tab go back", () => {
    expect(k("Tab", 1, 1, 3)).toBe("Tab");
    expect(k("Tab", 1, 1, 3, true)).toBe("ShiftTab");
    expect(k("ArrowUp", 1, 1, 3)).toBe("ArrowUp");
    expect(k("ArrowDown", 1, 1, 3)).toBe("ArrowDown");
    expect(k("Enter", 1, 1, 3)).toBe("Enter");
    expect(k("Enter", 1, 1, 3, true)).toBe("ShiftEnter");
  });
  it("Left/Right move from the edge of the text or when all of it is selected", () => {
    expect(k("ArrowLeft", 0, 0, 3)).toBe("ArrowLeft");
    expect(k("ArrowRight", 3, 3, 3)).toBe("ArrowRight");
    expect(k("ArrowLeft", 0, 3, 3)).toBe("ArrowLeft");
    expect(k("ArrowRight", 0, 3, 3)).toBe("ArrowRight");
    expect(k("ArrowRight", 0, 0, 0)).toBe("ArrowRight"); // an empty cell
  });
  it("Left/Right inside the text, or with part of it selected, move the caret instead", () => {
    expect(k("ArrowLeft", 2, 2, 3)).toBeNull();
    expect(k("ArrowRight", 2, 2, 3)).toBeNull();
    expect(k("ArrowRight", 0, 0, 3)).toBeNull();
    expect(k("ArrowLeft", 3, 3, 3)).toBeNull();
    expect(k("ArrowLeft", 0, 2, 3)).toBeNull();
  });
  it("leaves digits, Backspace and the other editing keys to the text", () => {
    for (const key of ["7", "Backspace", "Delete", "Home", "End"]) expect(k(key, 0, 0, 1)).toBeNull();
  });
});
