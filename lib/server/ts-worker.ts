// A worker thread running a TypeScript file, when nothing bundled it (vitest, tsx): Node 20 cannot load .ts
// by itself, so the worker registers tsx first, then imports the file.
import { Worker } from "node:worker_threads";

/** `file` relative to `base` (the caller's import.meta.url); not `new URL(…)` here, so no bundler copies it. */
export function tsWorker(file: string, base: string): Worker {
  const url = new URL(file, base);
  const boot = `import("tsx/esm/api").then(({ register }) => { register(); return import(${JSON.stringify(url.href)}); })`;
  return new Worker(boot, { eval: true });
}
