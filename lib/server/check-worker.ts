// The worker_threads entry of the check pool (check-pool.ts): a submission's check off the event loop.
import { parentPort } from "node:worker_threads";
import { gov2021 } from "../../templates/gov-2021";
import { checkSubmission, type CheckedSubmission } from "../submissions/check-submission";
import { emptyReport } from "../values/empty-report";
import type { PoolReply, PoolRequest } from "./worker-pool";

const port = parentPort;
if (!port) throw new Error("check-worker.ts runs only as a worker thread");

port.on("message", ({ id, job }: PoolRequest<string>) => {
  let reply: PoolReply<CheckedSubmission>;
  try {
    reply = { id, answer: checkSubmission(job) };
  } catch (e) {
    reply = { id, failed: e instanceof Error ? e.message : String(e) };
  }
  port.postMessage(reply);
});

// Warm: a new blank report checked a few times, so the first clerks after a start do not wait for V8 to compile the
// schema and the rules (~0.5 ms a check warm, several times that cold).
const blank = JSON.stringify(emptyReport(gov2021, { unitName: "预热", year: 2024 }));
for (let i = 0; i < 200; i++) checkSubmission(blank);
