// Tailwind, then lowered to the browser floor (Chromium 86 — package.json browserslist; issue #22): Turbopack's
// Lightning CSS lowers colours and media ranges itself, but not :where()/:is() (Chromium 88), cascade layers
// (Chromium 99) or the logical shorthands padding-inline/margin-block (Chromium 87), without which Chromium 86
// ignores most rules Tailwind writes; and its @property rules, with which Chromium 86 crashes (property-fallback).
import propertyFallback from "./scripts/postcss/property-fallback.mjs";
import unwrapWhere from "./scripts/postcss/unwrap-where.mjs";

const config = {
  plugins: [
    "@tailwindcss/postcss",
    unwrapWhere(),
    ["@csstools/postcss-is-pseudo-class", { onComplexSelector: "warning", preserve: false }],
    "@csstools/postcss-cascade-layers",
    propertyFallback(),
    "postcss-logical",
  ],
};

export default config;
