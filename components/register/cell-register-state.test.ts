import { describe, expect, it } from "vitest";
import valid from "@/templates/gov-2021/fixtures/valid-report.json";
import type { RegisterRecord } from "@/lib/register/types";
import { evaluate, type Checkable } from "@/lib/rules/evaluate";
import { cellRegisterState, differingCells, registerNote } from "./cell-register-state";

// The fixture's 表三 （一）予以公开·自然人, read from the fixture itself.
const P = "tables.requests.granted.natural";
const granted = (valid.tables.requests as unknown as { granted: { natural: number } }).granted.natural;
const record = (count: number, confirmedOverrides: string[] = []): RegisterRecord => ({
  mapping: { version: 1, kind: "requests", columns: [], values: {} },
  year: valid.year,
  counts: { [P]: count },
  cases: { [P]: [5, 6] },
  uncounted: [],
  countedAt: "2025-01-10T00:00:00.000Z",
  confirmedOverrides,
});
const flagged = (r: RegisterRecord) => differingCells(evaluate({ ...valid, register: { requests: r } } as unknown as Checkable)).has(P);

describe("cellRegisterState", () => {
  it("is nothing without a register for the table", () => {
    expect(cellRegisterState(undefined, P, false)).toBeNull();
  });
  it("agrees when the table holds the register's figure (no register.differs)", () => {
    const r = record(granted);
    expect(flagged(r)).toBe(false);
    expect(cellRegisterState(r, P, flagged(r))).toEqual({ count: granted, differs: false, overridden: false });
    expect(registerNote(cellRegisterState(r, P, false)!)).toBe(`来自台账 ${granted} 件`);
  });
  it("is flagged where register.differs stands on the cell", () => {
    const r = record(granted + 1);
    expect(flagged(r)).toBe(true);
    expect(registerNote(cellRegisterState(r, P, flagged(r))!)).toBe(`来自台账 ${granted + 1} 件，与填写的数字不同`);
  });
  it("says the typed figure was kept once the clerk confirmed it", () => {
    const r = record(granted + 1, [P]);
    expect(flagged(r)).toBe(false);
    const s = cellRegisterState(r, P, flagged(r))!;
    expect(s).toEqual({ count: granted + 1, differs: false, overridden: true });
    expect(registerNote(s)).toBe(`来自台账 ${granted + 1} 件，已确认以填写的数字为准`);
  });
});
