import { describe, expect, it } from "vitest";
import { syntaxBelowFloor } from "./syntax-floor";

const what = (code: string) => syntaxBelowFloor(code).map((f) => f.what);

describe("syntax Chromium 86 cannot parse", () => {
  it("finds each kind, in a script and in a module", () => {
    expect(what("class A { static { this.x = 1; } }")).toEqual(["class static block (Chromium 94)"]);
    expect(what("class A { #x; is(o) { return #x in o; } }")).toEqual(["#x in obj (Chromium 91)"]);
    expect(what("const r = /a/d;")).toEqual(["RegExp flag d (Chromium 90)"]);
    expect(what("const r = /[a]/v;")).toEqual(["RegExp flag v (Chromium 112)"]);
    expect(what('import x from "./a.json" with { type: "json" }; export default x;')).toEqual(["import attributes (Chromium 123)"]);
    expect(what("const m = await import('./a.js'); export { m };")).toEqual(["top-level await (Chromium 89)"]);
  });

  it("passes what Chromium 86 has: class fields and private methods, ?. ?? ??=, numeric separators, await in functions", () => {
    const ok = "class A { x = 1; #y = 2; static z = 3; #m() { return this.#y; } n() { return this.#m(); } }\n" +
      "let a = {}; a.b ??= 1_000; const c = a?.b ?? 0; async function f() { await null; } export { A, c, f };";
    expect(what(ok)).toEqual([]);
  });
});
