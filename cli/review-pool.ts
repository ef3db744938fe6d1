// `nianbao review` on every core: the compiled CLI (dist/cli) hands the files to worker threads
// (review-worker.mjs beside it) on the server's worker pool, each taking the next file when done, and keeps
// the batch's order. Run from the TypeScript sources (tsx, tests) there is no compiled worker: the files are
// reviewed one after another. Each file is read (a zip entry inflated) only when a worker is free for it, so
// at most one file per worker is in memory.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { openItem, type BatchItem } from "../lib/review/expand-zips";
import type { ReviewJob } from "./review-worker";
import { reviewFile, type PdfReader } from "../lib/review/review-file";
import { createWorkerPool } from "../lib/server/worker-pool";
import { releaseAfter } from "./release-memory";
import type { ReviewEntry, ReviewFile } from "../lib/review/types";

const readPdf: PdfReader = async (bytes) => (await import("../lib/import/readers/pdf/read-pdf-node")).readPdfNode(bytes);
const MIN_FILES_PER_WORKER = 4;
const MAX_WORKERS = 4;
/** Bytes of files being reviewed at once across the workers (one file may always go, whatever its size). */
const IN_FLIGHT = 16 * 1024 * 1024;

function workerFile(): string | null {
  if (!import.meta.url.endsWith(".mjs")) return null;
  const file = fileURLToPath(new URL("./review-worker.mjs", import.meta.url));
  return existsSync(file) ? file : null;
}

async function sequential(items: BatchItem[]): Promise<ReviewEntry[]> {
  const out: ReviewEntry[] = [];
  for (const item of items) {
    const file = await openItem(item);
    out.push(await reviewFile(file, readPdf));
    releaseAfter(file.bytes.length);
  }
  return out;
}

/** The longest a timer may be set for (a batch waits as long as its files take). */
const FOREVER = 2 ** 31 - 1;

/** Every file on the worker pool the server's renders use; a file whose worker failed is reviewed here instead. */
async function parallel(file: string, items: BatchItem[], count: number): Promise<ReviewEntry[]> {
  // Not the parent's node options (an -e script, --input-type): the worker is a plain module file.
  const pool = createWorkerPool<ReviewJob, ReviewEntry>({ spawn: () => new Worker(file, { execArgv: [] }), size: count, waiting: count, maxWaitMs: FOREVER, jobTimeoutMs: 120_000 });
  const out: ReviewEntry[] = new Array(items.length);
  let next = 0;
  // Large files one at a time: a lane waits while others hold IN_FLIGHT bytes (two 20 MB entries of a zip bomb
  // are never inflated side by side; 200 ordinary reports still run on every worker).
  let inFlight = 0;
  const waiting: (() => void)[] = [];
  const admit = async (size: number) => {
    while (inFlight > 0 && inFlight + size > IN_FLIGHT) await new Promise<void>((resolve) => waiting.push(resolve));
    inFlight += size;
  };
  const release = (size: number) => {
    inFlight -= size;
    for (const wake of waiting.splice(0)) wake();
  };
  // `count` lanes, each taking the next item when its last is done: the item is read just before it is sent;
  // a zip entry is sent as stored and inflated by the worker (its 20 MB are never copied between threads).
  const lane = async () => {
    for (let i = next++; i < items.length; i = next++) {
      const item = items[i]!;
      await admit(item.size);
      const job: ReviewJob = item.packed && !item.error ? { name: item.name, id: item.id, packed: item.packed } : await openItem(item);
      const done = await pool.run(job);
      if (done.ok) out[i] = done.value;
      else {
        const f = await openItem(item);
        out[i] = await reviewFile(f, readPdf);
        releaseAfter(f.bytes.length);
      }
      release(item.size);
    }
  };
  try {
    await Promise.all(Array.from({ length: count }, lane));
    return out;
  } finally {
    await pool.close();
  }
}

export async function reviewFiles(items: BatchItem[]): Promise<ReviewEntry[]> {
  const worker = workerFile();
  const count = Math.min(availableParallelism(), MAX_WORKERS, Math.floor(items.length / MIN_FILES_PER_WORKER));
  if (!worker || count < 2) return sequential(items);
  // A worker that cannot start or dies (memory, a broken install) costs time, not the batch.
  return parallel(worker, items, count);
}
