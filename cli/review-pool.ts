// `nianbao review` on every core: the compiled CLI (dist/cli) hands the files to worker threads
// (review-worker.mjs beside it) on the server's worker pool, each taking the next file when done, and keeps
// the batch's order. Run from the TypeScript sources (tsx, tests) there is no compiled worker: the files are
// reviewed one after another.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { reviewFile, type PdfReader } from "../lib/review/review-file";
import { createWorkerPool } from "../lib/server/worker-pool";
import type { ReviewEntry, ReviewFile } from "../lib/review/types";

const readPdf: PdfReader = async (bytes) => (await import("../lib/import/readers/pdf/read-pdf-node")).readPdfNode(bytes);
const MIN_FILES_PER_WORKER = 4;
const MAX_WORKERS = 4;

function workerFile(): string | null {
  if (!import.meta.url.endsWith(".mjs")) return null;
  const file = fileURLToPath(new URL("./review-worker.mjs", import.meta.url));
  return existsSync(file) ? file : null;
}

async function sequential(files: ReviewFile[]): Promise<ReviewEntry[]> {
  const out: ReviewEntry[] = [];
  for (const f of files) out.push(await reviewFile(f, readPdf));
  return out;
}

/** The longest a timer may be set for (a batch waits as long as its files take). */
const FOREVER = 2 ** 31 - 1;

/** Every file on the worker pool the server's renders use; a file whose worker failed is reviewed here instead. */
async function parallel(file: string, files: ReviewFile[], count: number): Promise<ReviewEntry[]> {
  // Not the parent's node options (an -e script, --input-type): the worker is a plain module file.
  const pool = createWorkerPool<ReviewFile, ReviewEntry>({ spawn: () => new Worker(file, { execArgv: [] }), size: count, waiting: files.length, maxWaitMs: FOREVER, jobTimeoutMs: 120_000 });
  try {
    return await Promise.all(files.map(async (f) => {
      const done = await pool.run(f);
      return done.ok ? done.value : reviewFile(f, readPdf);
    }));
  } finally {
    await pool.close();
  }
}

export async function reviewFiles(files: ReviewFile[]): Promise<ReviewEntry[]> {
  const worker = workerFile();
  const count = Math.min(availableParallelism(), MAX_WORKERS, Math.floor(files.length / MIN_FILES_PER_WORKER));
  if (!worker || count < 2) return sequential(files);
  // A worker that cannot start or dies (memory, a broken install) costs time, not the batch.
  return parallel(worker, files, count);
}
