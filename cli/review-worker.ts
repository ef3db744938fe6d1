// One of `nianbao review`'s worker threads (review-pool.ts): reviews the files it is sent, one at a time,
// in the worker pool's protocol (lib/server/worker-pool.ts). reviewFile never throws.
import { parentPort } from "node:worker_threads";
import { reviewFile, type PdfReader } from "../lib/review/review-file";
import type { ReviewEntry, ReviewFile } from "../lib/review/types";
import type { PoolReply, PoolRequest } from "../lib/server/worker-pool";
import { releaseAfter } from "./release-memory";
import { openItem, openPacked } from "../lib/review/expand-zips";
import type { PackedEntry } from "../lib/review/inflate-entry";

const readPdf: PdfReader = async (bytes) => (await import("../lib/import/readers/pdf/read-pdf-node")).readPdfNode(bytes);

/** A file read by the main thread, or a zip entry as stored, inflated here. */
export type ReviewJob = ReviewFile | { name: string; id?: string; packed: PackedEntry };

parentPort?.on("message", async ({ id, job }: PoolRequest<ReviewJob>) => {
  const file = "packed" in job ? await openItem({ name: job.name, id: job.id, size: job.packed.declaredSize, open: () => openPacked(job.packed) }) : job;
  parentPort!.postMessage({ id, answer: await reviewFile(file, readPdf) } satisfies PoolReply<ReviewEntry>);
  releaseAfter(file.bytes.length);
});
