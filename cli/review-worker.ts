// One of `nianbao review`'s worker threads (review-pool.ts): reviews the files it is sent, one at a time,
// in the worker pool's protocol (lib/server/worker-pool.ts). reviewFile never throws.
import { parentPort } from "node:worker_threads";
import { reviewFile, type PdfReader } from "../lib/review/review-file";
import type { ReviewEntry, ReviewFile } from "../lib/review/types";
import type { PoolReply, PoolRequest } from "../lib/server/worker-pool";

const readPdf: PdfReader = async (bytes) => (await import("../lib/import/readers/pdf/read-pdf-node")).readPdfNode(bytes);

parentPort?.on("message", async ({ id, job }: PoolRequest<ReviewFile>) => {
  parentPort!.postMessage({ id, answer: await reviewFile(job, readPdf) } satisfies PoolReply<ReviewEntry>);
});
