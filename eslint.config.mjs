import next from "eslint-config-next";
import compat from "eslint-plugin-compat";

// The browser floor (package.json browserslist, issue #22): every web or ECMAScript API the browser code calls
// must exist in Chromium 86, or be one of the polyfills lib/browser-floor/polyfills.ts installs where missing.
const browserFloor = {
  files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "lib/**/*.ts"],
  ignores: ["**/*.test.{ts,tsx}", "lib/server/**", "lib/import/readers/pdf/read-pdf-node.ts"],
  plugins: { compat },
  rules: { "compat/compat": "error" },
  settings: {
    polyfills: ["structuredClone", "Array.prototype.at", "Object.hasOwn", "Promise.withResolvers", "AbortSignal.timeout"],
  },
};

const config = [
  ...next,
  browserFloor,
  { ignores: [".next/**", "node_modules/**", "test-results/**", "next-env.d.ts", "dist/**", ".cache/**"] },
];

export default config;
