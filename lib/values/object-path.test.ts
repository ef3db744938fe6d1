import { describe, expect, it } from "vitest";
import { getPath, setPath } from "./object-path";

describe("object paths", () => {
  it("reads nested values and undefined for missing ones", () => {
    const o = { a: { b: { c: 1 } } };
    expect(getPath(o, "a.b.c")).toBe(1);
    expect(getPath(o, "a.x.c")).toBeUndefined();
    expect(getPath(null, "a")).toBeUndefined();
  });

  it("writes without mutating the original", () => {
    const o = { a: { b: 1, keep: 2 } };
    const n = setPath(o, "a.b", 5);
    expect(n).toEqual({ a: { b: 5, keep: 2 } });
    expect(o.a.b).toBe(1);
    expect(setPath({}, "x.y", null)).toEqual({ x: { y: null } });
  });
});
