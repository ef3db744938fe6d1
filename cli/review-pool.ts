// `nianbao review` on every core: the compiled CLI (dist/cli) hands the files to worker threads
// (review-worker.mjs beside it), each taking the next file when done, and keeps the batch's order. Run from
// the TypeScript sources (tsx, tests) there is no compiled worker: the files are reviewed one after another.
import { existsSync } from "node:fs";
import { availableParallelism } from "node:os";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { reviewFile, type PdfReader } from "../lib/review/review-file";
import type { ReviewEntry, ReviewFile } from "../lib/review/types";

const readPdf: PdfReader = async (bytes) => (await import("../lib/import/read-pdf-node")).readPdfNode(bytes);
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

function parallel(file: string, files: ReviewFile[], count: number): Promise<ReviewEntry[]> {
  const out: ReviewEntry[] = new Array(files.length);
  let next = 0;
  let done = 0;
  return new Promise((resolve, reject) => {
    // Not the parent's node options (an -e script, --input-type): the worker is a plain module file.
    const workers = Array.from({ length: count }, () => new Worker(file, { execArgv: [] }));
    const finish = (e?: unknown) => {
      for (const w of workers) void w.terminate();
      if (e) reject(e instanceof Error ? e : new Error(String(e)));
      else resolve(out);
    };
    const feed = (w: Worker) => {
      if (next < files.length) {
        const i = next++;
        w.postMessage({ i, file: files[i] });
      }
    };
    for (const w of workers) {
      w.on("message", ({ i, entry }: { i: number; entry: ReviewEntry }) => {
        out[i] = entry;
        if (++done === files.length) finish();
        else feed(w);
      });
      w.on("error", finish);
      feed(w);
    }
  });
}

export async function reviewFiles(files: ReviewFile[]): Promise<ReviewEntry[]> {
  const worker = workerFile();
  const count = Math.min(availableParallelism(), MAX_WORKERS, Math.floor(files.length / MIN_FILES_PER_WORKER));
  if (!worker || count < 2) return sequential(files);
  // A worker that cannot start or dies (memory, a broken install) costs time, not the batch: do it in turn.
  return parallel(worker, files, count).catch(() => sequential(files));
}
