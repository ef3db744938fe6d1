// Chromium 86 (360安全浏览器 13 极速模式, issue #22) has no :where() — a rule whose selector uses it is dropped whole,
// and Tailwind writes its preflight and space-y/divide-y utilities with it. This unwraps :where(a, b) into the
// selector itself (a, b); the specificity it gains is ordered again by the cascade-layers step that runs after it.
import selectorParser from "postcss-selector-parser";

/** `x:where(a,b) y` → `x:is(a,b) y` when the list has more than one selector, else `xa y` (is-pseudo-class expands it). */
function unwrap(selectors) {
  selectors.walkPseudos((pseudo) => {
    if (pseudo.value.toLowerCase() !== ":where") return;
    if (pseudo.nodes.length === 1) {
      const inner = pseudo.nodes[0].clone();
      inner.nodes.forEach((node, i) => { if (i === 0) node.spaces.before = ""; });
      pseudo.replaceWith(...inner.nodes);
    } else {
      pseudo.value = ":is";
    }
  });
}

/** @type {import("postcss").PluginCreator<void>} */
export default function unwrapWhere() {
  const processor = selectorParser(unwrap);
  return {
    postcssPlugin: "nianbao-unwrap-where",
    Rule(rule) {
      if (rule.selector.includes(":where(")) rule.selector = processor.processSync(rule.selector);
    },
  };
}
unwrapWhere.postcss = true;
