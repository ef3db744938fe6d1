import { describe, expect, it } from "vitest";
import { installPolyfills } from "./polyfills";
import { structuredClonePolyfill } from "./structured-clone";

/** A global whose builtins lack what Chromium 86 lacks (plain stand-ins for the constructors). */
function chromium86Global(): typeof globalThis {
  function P<T>(executor: (res: (v: T) => void, rej: (e: unknown) => void) => void) {
    return new Promise<T>(executor);
  }
  return {
    Array: { prototype: {} },
    String: { prototype: {} },
    Object: {},
    Promise: P,
    AbortSignal: {},
  } as unknown as typeof globalThis;
}

describe("the browser floor's polyfills", () => {
  it("install only what is missing and say what they installed", () => {
    const g = chromium86Global();
    const installed = installPolyfills(g);
    expect(installed).toContain("Array.prototype.at");
    expect(installed).toContain("Array.prototype.findLast");
    expect(installed).toContain("Object.hasOwn");
    expect(installed).toContain("structuredClone");
    expect(installed).toContain("Promise.withResolvers");
    expect(installed).toContain("AbortSignal.timeout");
    expect(installPolyfills(g)).toEqual([]); // nothing twice
    const modern = { Array, String, Object, Promise: { withResolvers: 1 }, AbortSignal: { timeout: 1 }, structuredClone } as unknown as typeof globalThis;
    expect(installPolyfills(modern)).toEqual([]); // a browser that has them all is left untouched
  });

  it("behave as the built-ins they stand for", async () => {
    const g = chromium86Global();
    installPolyfills(g);
    const arr = Object.assign(Object.create(g.Array.prototype), { length: 3, 0: "a", 1: "b", 2: "c" }) as string[];
    expect([arr.at(-1), arr.at(0), arr.at(3), arr.at(-4)]).toEqual(["c", "a", undefined, undefined]);
    const es2023 = arr as unknown as { findLast(p: (x: string) => boolean): unknown; findLastIndex(p: (x: string) => boolean): number };
    expect(es2023.findLast((x) => x < "c")).toBe("b");
    expect(es2023.findLastIndex((x) => x > "z")).toBe(-1);
    const hasOwn = (g.Object as unknown as { hasOwn: (o: object, k: string) => boolean }).hasOwn;
    expect(hasOwn({ a: 1 }, "a")).toBe(true);
    expect(hasOwn(Object.create({ a: 1 }), "a")).toBe(false);
    const W = g.Promise as unknown as { withResolvers: <T>() => { promise: Promise<T>; resolve: (v: T) => void } };
    const r = W.withResolvers<number>();
    r.resolve(3);
    expect(await r.promise).toBe(3);
  });
});

describe("structuredClone for Chromium < 98", () => {
  it("clones report-like data deeply, as the built-in does", () => {
    const report = { unit: { name: "城关镇" }, tables: { a: [1, null, "x"] }, at: new Date(0), bytes: new Uint8Array([1, 2, 3]) };
    const copy = structuredClonePolyfill(report);
    expect(copy).toEqual(structuredClone(report));
    copy.tables.a[0] = 9;
    copy.bytes[0] = 9;
    expect(report.tables.a[0]).toBe(1);
    expect(report.bytes[0]).toBe(1);
  });

  it("keeps shared and cyclic references, Maps and Sets", () => {
    const shared = { n: 1 };
    const value: Record<string, unknown> = { a: shared, b: shared, m: new Map([["k", shared]]), s: new Set([1, 2]) };
    value.self = value;
    const copy = structuredClonePolyfill(value);
    expect(copy.a).toBe(copy.b);
    expect(copy.self).toBe(copy);
    expect((copy.m as Map<string, unknown>).get("k")).toBe(copy.a);
    expect([...(copy.s as Set<number>)]).toEqual([1, 2]);
  });

  it("refuses a function, like the built-in", () => {
    expect(() => structuredClonePolyfill({ f: () => 1 })).toThrow(/could not be cloned/);
  });
});
