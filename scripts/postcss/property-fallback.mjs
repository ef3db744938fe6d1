// Chromium 86 (issue #22) crashes the page's renderer when a cached stylesheet holding @property rules is used by
// a second page of the site (seen on every second page load; @property was new in Chromium 85). Tailwind
// registers its --tw-* variables with @property for their initial values, so this drops every @property rule and
// sets those initial values on every element instead, first in the sheet (specificity 0: any rule overrides it) —
// what an unregistered, non-inherited custom property with an initial value amounts to.
/** @type {import("postcss").PluginCreator<void>} */
export default function propertyFallback() {
  return {
    postcssPlugin: "nianbao-property-fallback",
    OnceExit(root, { rule, decl }) {
      const initial = rule({ selector: "*,::before,::after,::backdrop" });
      root.walkAtRules("property", (at) => {
        const name = at.params.trim();
        let value;
        let syntax = "";
        at.walkDecls("initial-value", (d) => (value = d.value));
        at.walkDecls("syntax", (d) => (syntax = d.value));
        // A minifier writes a <length> 0 unitless; unregistered, it must keep its unit to stay a length in calc().
        if (value === "0" && syntax.includes("<length")) value = "0px";
        if (value !== undefined) initial.append(decl({ prop: name, value }));
        at.remove();
      });
      if (initial.nodes.length > 0) root.prepend(initial);
    },
  };
}
propertyFallback.postcss = true;
