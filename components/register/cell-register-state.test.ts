import { describe, expect, it } from "vitest";
import type { RegisterRecord } from "@/lib/register/types";
import { cellRegisterState, registerNote } from "./cell-register-state";

const P = "tables.requests.granted.natural";
const record = (confirmedOverrides: string[] = []): RegisterRecord => ({
  mapping: { version: 1, kind: "requests", columns: [], values: {} },
  year: 2024,
  counts: { [P]: 12 },
  cases: { [P]: [5, 6] },
  uncounted: [],
  countedAt: "2025-01-10T00:00:00.000Z",
  confirmedOverrides,
});

describe("cellRegisterState", () => {
  it("is nothing without a register for the table", () => {
    expect(cellRegisterState(undefined, P, "3")).toBeNull();
  });
  it("agrees when the typed figure is the count (full-width digits read as numbers)", () => {
    expect(cellRegisterState(record(), P, "１２")).toEqual({ count: 12, differs: false, overridden: false });
    expect(registerNote(cellRegisterState(record(), P, "12")!)).toBe("来自台账 12 件");
  });
  it("flags a typed figure that differs, and a blank where the register counted cases", () => {
    expect(cellRegisterState(record(), P, "11")?.differs).toBe(true);
    expect(cellRegisterState(record(), P, "")?.differs).toBe(true);
    expect(registerNote(cellRegisterState(record(), P, "11")!)).toBe("来自台账 12 件，与填写的数字不同");
  });
  it("a cell the register left at 0 agrees when blank or 0", () => {
    const other = "tables.requests.granted.business";
    expect(cellRegisterState(record(), other, "")?.differs).toBe(false);
    expect(cellRegisterState(record(), other, "0")?.differs).toBe(false);
    expect(cellRegisterState(record(), other, "2")?.differs).toBe(true);
  });
  it("stops flagging once the clerk keeps the typed figure", () => {
    const s = cellRegisterState(record([P]), P, "11")!;
    expect(s).toEqual({ count: 12, differs: false, overridden: true });
    expect(registerNote(s)).toBe("来自台账 12 件，已确认以填写的数字为准");
  });
});
