// The page's side of the register worker: one worker per page, made when 「从台账导入」 is first clicked and kept
// while the page is open (a cell's cases can then show their rows). Loaded with the register panel only.
import { wrap, transfer, type Remote } from "comlink";
import type { RegisterJobs } from "./register-jobs";

export type RegisterWorker = Remote<RegisterJobs>;

let worker: { remote: RegisterWorker; end: () => void } | null = null;

export function registerWorker(): RegisterWorker {
  if (!worker) {
    const w = new Worker(new URL("./register.worker.ts", import.meta.url), { type: "module" });
    worker = { remote: wrap<RegisterJobs>(w), end: () => w.terminate() };
  }
  return worker.remote;
}

/** The worker exists (the register may still be loaded in this page). */
export const registerWorkerStarted = () => worker !== null;

/** A file's bytes handed over, not copied. */
export const handOver = (bytes: Uint8Array) => transfer(bytes, [bytes.buffer]);
