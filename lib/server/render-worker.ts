// The worker_threads entry of the render pool (render-pool.ts): renders off the event loop and answers with
// the .docx bytes transferred, not copied. An unexpected error is reported, never thrown past the worker.
import { parentPort } from "node:worker_threads";
import { renderJob, type RenderAnswer, type RenderJob } from "./render-job";
import type { PoolReply, PoolRequest } from "./worker-pool";

const port = parentPort;
if (!port) throw new Error("render-worker.ts runs only as a worker thread");

port.on("message", async ({ id, job }: PoolRequest<RenderJob>) => {
  let reply: PoolReply<RenderAnswer>;
  try {
    reply = { id, answer: await renderJob(job) };
  } catch (e) {
    reply = { id, failed: e instanceof Error ? e.message : String(e) };
  }
  const bytes = "answer" in reply && reply.answer.status === 200 ? reply.answer.bytes : null;
  port.postMessage(reply, bytes ? [bytes.buffer] : []);
});
