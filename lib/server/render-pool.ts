// The server's one render pool: one worker thread per core but one (the event loop keeps a core to accept,
// read and refuse), or NIANBAO_RENDER_THREADS; 16 waiting, the rest refused (503).
// `new Worker(new URL(…, import.meta.url))` is the form Next's bundler (Turbopack) follows to build the
// worker's own chunk (under Next, NEXT_RUNTIME is set); unbundled (vitest, tsx) the worker is the .ts file,
// run through tsx.
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { RenderAnswer, RenderJob } from "./render-job";
import { tsWorker } from "./ts-worker";
import { createWorkerPool, type WorkerPool } from "./worker-pool";

export function renderThreads(setting: string | undefined, cores: number): number {
  const asked = Number(setting);
  return Number.isInteger(asked) && asked >= 1 && asked <= 64 ? asked : Math.max(1, cores - 1);
}

let pool: WorkerPool<RenderJob, RenderAnswer> | undefined;

export function renderPool(): WorkerPool<RenderJob, RenderAnswer> {
  pool ??= createWorkerPool<RenderJob, RenderAnswer>({
    size: renderThreads(process.env.NIANBAO_RENDER_THREADS, availableParallelism()),
    spawn: () => (process.env.NEXT_RUNTIME ? new Worker(new URL("./render-worker.ts", import.meta.url)) : tsWorker("./render-worker.ts", import.meta.url)),
  });
  return pool;
}
