// The server's one render pool: as many worker threads as cores, 16 waiting, the rest refused (503).
// `new Worker(new URL(…, import.meta.url))` is the form Next's bundler (Turbopack) follows to build the
// worker's own chunk (under Next, NEXT_RUNTIME is set); unbundled (vitest, tsx) the worker is the .ts file,
// run through tsx.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { RenderAnswer, RenderJob } from "./render-job";
import { tsWorker } from "./ts-worker";
import { createWorkerPool, type WorkerPool } from "./worker-pool";

let pool: WorkerPool<RenderJob, RenderAnswer> | undefined;

export function renderPool(): WorkerPool<RenderJob, RenderAnswer> {
  pool ??= createWorkerPool<RenderJob, RenderAnswer>({
    size: Math.max(1, availableParallelism()),
    spawn: () => (process.env.NEXT_RUNTIME ? new Worker(new URL("./render-worker.ts", import.meta.url)) : tsWorker("./render-worker.ts", import.meta.url)),
  });
  return pool;
}
