// The CSS lowering for the browser floor (issue #22), run as the build runs it (postcss.config.mjs after Tailwind).
import postcss from "postcss";
import { describe, expect, it } from "vitest";
import propertyFallback from "./property-fallback.mjs";
import unwrapWhere from "./unwrap-where.mjs";

/** The sheet after `plugin`, white space dropped (the build's minifier sets it anew). */
const run = (plugin: postcss.AcceptedPlugin, css: string) => postcss([plugin]).process(css, { from: undefined }).css.replace(/\s+/g, "");

describe("unwrap-where: Chromium 86 drops a rule whose selector holds :where()", () => {
  it("unwraps a single selector into the compound it stands in", () => {
    expect(run(unwrapWhere(), ":where(.space-y-2>:not(:last-child)){margin:0}")).toBe(".space-y-2>:not(:last-child){margin:0}");
    expect(run(unwrapWhere(), "abbr:where([title]){x:1}")).toBe("abbr[title]{x:1}");
  });
  it("turns a list into :is() for the next step to expand, and leaves other rules alone", () => {
    expect(run(unwrapWhere(), "input:where([type=button],[type=reset]){x:1}")).toBe("input:is([type=button],[type=reset]){x:1}");
    expect(run(unwrapWhere(), ".a>.b{x:1}")).toBe(".a>.b{x:1}");
  });
});

describe("property-fallback: Chromium 86 crashes on a cached sheet with @property", () => {
  const css = [
    '@property --tw-border-style{syntax:"*";inherits:false;initial-value:solid}',
    '@property --tw-ring-offset-width{syntax:"<length>";inherits:false;initial-value:0}',
    '@property --tw-rotate-x{syntax:"*";inherits:false}',
    ".border{border-style:var(--tw-border-style)}",
  ].join("");

  it("drops every @property and sets the initial values first, on every element", () => {
    const out = run(propertyFallback(), css);
    expect(out).not.toContain("@property");
    expect(out.startsWith("*,::before,::after,::backdrop{--tw-border-style:solid;--tw-ring-offset-width:0px}")).toBe(true);
    expect(out).toContain(".border{border-style:var(--tw-border-style)}");
  });

  it("keeps a length's unit (calc() needs it) and leaves a sheet without @property as it is", () => {
    expect(run(propertyFallback(), css)).toContain("--tw-ring-offset-width:0px");
    expect(run(propertyFallback(), ".a{x:1}")).toBe(".a{x:1}");
  });
});
