#!/usr/bin/env node
// `npx nianbao …`: the compiled command line (dist/cli/, `npm run build:cli`) when it is there and not older
// than any of its sources; otherwise the TypeScript itself through tsx (a dependency), so no build is needed.
import { statSync, readFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const bundle = path.join(root, "dist/cli/nianbao.mjs");

function bundleIsFresh() {
  try {
    const built = statSync(bundle).mtimeMs;
    const inputs = JSON.parse(readFileSync(path.join(root, "dist/cli/inputs.json"), "utf8"));
    return inputs.every((p) => statSync(path.join(root, p)).mtimeMs <= built);
  } catch {
    return false; // no bundle, or a source gone: the sources decide
  }
}

let main;
if (bundleIsFresh()) {
  ({ main } = await import(bundle));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("./main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
