import { describe, expect, it } from "vitest";
import { cellNumber, parseCell } from "./parse";

const num = (value: number, decimals = 0) => ({ kind: "number", value, decimals });

describe("parseCell — the only place text becomes a number", () => {
  it.each([
    ["12", num(12)],
    [" 12 ", num(12)],
    ["１２３", num(123)],
    ["\u3000８\u3000", num(8)],
    ["1,234", num(1234)],
    ["１，２３４", num(1234)],
    ["12件", num(12)],
    ["0.25", num(0.25, 2)],
    ["0.2500", num(0.25, 2)],
    ["１．５", num(1.5, 1)],
    ["-3", num(-3)],
    ["－3", num(-3)],
    ["+4", num(4)],
    ["\u200b7\ufeff", num(7)],
    ["5\u0007", num(5)],
  ])("reads %j", (raw, want) => {
    expect(parseCell(raw)).toEqual(want);
  });

  it.each(["", "   ", "\u3000", "/", "／", "—", "——", "-", "无", null, undefined])("reads %j as blank, not 0", (raw) => {
    expect(parseCell(raw)).toEqual({ kind: "blank" });
  });

  it("keeps blank distinct from zero", () => {
    expect(parseCell("0")).toEqual(num(0));
    expect(cellNumber(parseCell(""))).toBe(0);
    expect(parseCell("")).not.toEqual(parseCell("0"));
  });

  it.each(["abc", "1.2.3", "12a", "1,23", "一", "3-4", "12 34x"])("rejects %j as unparseable, keeping the text", (raw) => {
    expect(parseCell(raw)).toEqual({ kind: "invalid", text: raw.trim(), reason: "unparseable" });
  });

  it("rejects numbers beyond safe integers as too large", () => {
    expect(parseCell("99999999999999999999")).toMatchObject({ kind: "invalid", reason: "too-large" });
    expect(parseCell(1e20)).toMatchObject({ kind: "invalid", reason: "too-large" });
  });

  it("accepts stored numbers and rejects non-finite ones", () => {
    expect(parseCell(7)).toEqual(num(7));
    expect(parseCell(1.5)).toEqual(num(1.5, 1));
    expect(parseCell(Number.NaN)).toMatchObject({ kind: "invalid" });
    expect(parseCell(Infinity)).toMatchObject({ kind: "invalid" });
    expect(parseCell({})).toMatchObject({ kind: "invalid" });
  });

  it("never turns -0 into a negative", () => {
    expect(parseCell("-0")).toEqual(num(0));
  });

  it("gives null for unreadable cells so arithmetic can skip them", () => {
    expect(cellNumber(parseCell("x"))).toBeNull();
  });
});
