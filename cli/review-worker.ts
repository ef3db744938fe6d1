// One of `nianbao review`'s worker threads (review-pool.ts): reviews the files it is sent, one at a time.
import { parentPort } from "node:worker_threads";
import { reviewFile, type PdfReader } from "../lib/review/review-file";
import type { ReviewFile } from "../lib/review/types";

const readPdf: PdfReader = async (bytes) => (await import("../lib/import/read-pdf-node")).readPdfNode(bytes);

parentPort?.on("message", async ({ i, file }: { i: number; file: ReviewFile }) => {
  parentPort!.postMessage({ i, entry: await reviewFile(file, readPdf) });
});
