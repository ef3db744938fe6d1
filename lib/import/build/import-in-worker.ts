// The page's side of an import: one Web Worker per import (import.worker.ts), ended when it answers, when
// the clerk cancels, when it crashes, or after `timeoutMs`. The page's thread only posts the bytes and
// receives the answer, so it never freezes; a failure is a Chinese message, a cancel leaves nothing behind.
import { transfer, wrap, type Remote } from "comlink";
import type { ImportJobs } from "./import-jobs";
import { importMessages as m } from "../messages";

export type WorkerOutcome<T> = { ok: true; value: T } | { ok: false; error: string } | { ok: false; cancelled: true };
export type RunningImport<T> = { done: Promise<WorkerOutcome<T>>; cancel: () => void };

export const IMPORT_TIMEOUT_MS = 30_000;

/** The bytes handed over, not copied: the page keeps no second copy of a large file. */
const handOver = (bytes: Uint8Array) => transfer(bytes, [bytes.buffer]);

/** What a page asks of the worker: `give` hands a file's bytes over rather than copying them. */
export type ImportCall<T> = (jobs: Remote<ImportJobs>, give: (bytes: Uint8Array) => Uint8Array) => Promise<T>;

export function runInImportWorker<T>(call: ImportCall<T>, timeoutMs = IMPORT_TIMEOUT_MS): RunningImport<T> {
  let worker: Worker;
  try {
    worker = new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module" });
  } catch {
    return { done: Promise.resolve({ ok: false, error: m.workerMissing }), cancel: () => undefined };
  }
  let settle: (o: WorkerOutcome<T>) => void = () => undefined;
  const done = new Promise<WorkerOutcome<T>>((resolve) => {
    const timer = setTimeout(() => settle({ ok: false, error: m.workerTimeout(Math.round(timeoutMs / 1000)) }), timeoutMs);
    settle = (o) => {
      clearTimeout(timer);
      worker.terminate();
      settle = () => undefined; // the first outcome wins
      resolve(o);
    };
  });
  worker.addEventListener("error", (e) => {
    e.preventDefault();
    settle({ ok: false, error: m.workerCrashed });
  });
  call(wrap<ImportJobs>(worker), handOver).then(
    (value) => settle({ ok: true, value }),
    () => settle({ ok: false, error: m.workerCrashed }),
  );
  return { done, cancel: () => settle({ ok: false, cancelled: true }) };
}
