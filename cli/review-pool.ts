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
import { reviewFile, type PdfReader } from "../lib/review/review-file";
import { createWorkerPool } from "../lib/server/worker-pool";
import type { ReviewEntry, ReviewFile } from "../lib/review/types";

const readPdf: PdfReader = async (bytes) => (await import("../lib/import/read-pdf-node")).readPdfNode(bytes);
const MIN_FILES_PER_WORKER = 4;
const MAX_WORKERS = 4;

function workerFile(): string | null {
  if (!import.meta.url.endsWith(".mjs")) return null;
  const file = fileURLToPath(new URL("./review-worker.mjs", import.meta.url));
  return existsSync(file) ? file : null;
}

async function sequential(items: BatchItem[]): Promise<ReviewEntry[]> {
  const out: ReviewEntry[] = [];
  for (const item of items) out.push(await reviewFile(await openItem(item), readPdf));
  return out;
}

/** The longest a timer may be set for (a batch waits as long as its files take). */
const FOREVER = 2 ** 31 - 1;

/** Every file on the worker pool the server's renders use; a file whose worker failed is reviewed here instead. */
async function parallel(file: string, items: BatchItem[], count: number): Promise<ReviewEntry[]> {
  // Not the parent's node options (an -e script, --input-type): the worker is a plain module file.
  const pool = createWorkerPool<ReviewFile, ReviewEntry>({ spawn: () => new Worker(file, { execArgv: [] }), size: count, waiting: count, maxWaitMs: FOREVER, jobTimeoutMs: 120_000 });
  const out: ReviewEntry[] = new Array(items.length);
  let next = 0;
  // `count` lanes, each taking the next item when its last is done: the item is read just before it is sent.
  const lane = async () => {
    for (let i = next++; i < items.length; i = next++) {
      const f = await openItem(items[i]!);
      const done = await pool.run(f);
      out[i] = done.ok ? done.value : await reviewFile(f, readPdf);
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
