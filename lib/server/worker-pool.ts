// A small pool of worker_threads for CPU-bound work (the .docx render): the event loop stays free to accept,
// read (bounded, read-body.ts) and refuse requests while renders run. Admission is the render queue
// (render-queue.ts): `size` jobs run, `waiting` wait, the rest are refused at once. A worker that crashes,
// exits or overruns `jobTimeoutMs` is ended and replaced by a fresh one on the next job.
import type { Worker } from "node:worker_threads";
import { createRenderQueue } from "./render-queue";

/** The message protocol: the pool posts `{ id, job }`, the worker answers `{ id, answer }` or `{ id, failed }`. */
export type PoolRequest<J> = { id: number; job: J };
export type PoolReply<R> = { id: number; answer: R } | { id: number; failed: string };

export type PoolOutcome<R> = { ok: true; value: R } | { ok: false; reason: "busy" | "crashed" | "failed" | "timeout"; detail?: string };

export type PoolOptions = { spawn: () => Worker; size: number; waiting?: number; maxWaitMs?: number; jobTimeoutMs?: number };

export type WorkerPool<J, R> = {
  run(job: J): Promise<PoolOutcome<R>>;
  stats(): { active: number; waiting: number; workers: number };
  /** No place to run or wait: a request can be refused before its body is read. */
  full(): boolean;
  close(): Promise<void>;
};

export function createWorkerPool<J, R>({ spawn, size, waiting = 16, maxWaitMs = 8000, jobTimeoutMs = 20_000 }: PoolOptions): WorkerPool<J, R> {
  const queue = createRenderQueue({ active: size, waiting, maxWaitMs });
  const idle: Worker[] = [];
  const all = new Set<Worker>();
  let nextId = 1;

  const take = (): Worker => {
    const w = idle.pop() ?? spawn();
    w.unref(); // an idle pool never keeps the process alive
    all.add(w);
    return w;
  };
  const discard = (w: Worker) => {
    all.delete(w);
    void w.terminate();
  };

  /** One job on one worker; the worker goes back to `idle` only after a clean answer. */
  const onWorker = (w: Worker, job: J): Promise<PoolOutcome<R>> =>
    new Promise((resolve) => {
      const id = nextId++;
      const finish = (outcome: PoolOutcome<R>, healthy: boolean) => {
        clearTimeout(timer);
        w.off("message", onMessage).off("error", onError).off("exit", onExit);
        if (healthy) idle.push(w);
        else discard(w);
        resolve(outcome);
      };
      const onMessage = (reply: PoolReply<R>) => {
        if (reply.id !== id) return;
        finish("answer" in reply ? { ok: true, value: reply.answer } : { ok: false, reason: "failed", detail: reply.failed }, true);
      };
      const onError = (e: Error) => finish({ ok: false, reason: "crashed", detail: e.message }, false);
      const onExit = (code: number) => finish({ ok: false, reason: "crashed", detail: `exit ${code}` }, false);
      const timer = setTimeout(() => finish({ ok: false, reason: "timeout" }, false), jobTimeoutMs);
      w.on("message", onMessage).on("error", onError).on("exit", onExit);
      w.postMessage({ id, job } satisfies PoolRequest<J>);
    });

  return {
    async run(job) {
      const done = await queue.run(async () => {
        let w: Worker;
        try {
          w = take();
        } catch (e) {
          return { ok: false, reason: "crashed", detail: e instanceof Error ? e.message : String(e) } as const;
        }
        return onWorker(w, job);
      });
      return done.ok ? done.value : { ok: false, reason: "busy" };
    },
    stats: () => ({ ...queue.stats(), workers: all.size }),
    full: () => {
      const now = queue.stats();
      return now.active >= size && now.waiting >= waiting;
    },
    async close() {
      const workers = [...all];
      all.clear();
      idle.length = 0;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
