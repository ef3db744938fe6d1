// Submissions are checked (parsed, validated, the rule engine: ~1 ms each) on worker threads, so that when 300
// units submit at once (issue #26) the event loop only reads requests, writes the database and answers, and the
// checks use the other cores. Every check is posted at once (a thread works through its queue without waiting for
// the event loop to take each answer first). The same function as in-process (check-submission.ts): whenever a
// thread cannot be had, crashes, or answers nothing for WATCHDOG_MS, the checks it held run in-process instead —
// a submission is never refused for want of a thread. Threads as the render pool's (NIANBAO_RENDER_THREADS).
import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import { checkSubmission, type CheckedSubmission } from "../submissions/check-submission";
import { renderThreads } from "./render-pool";
import { tsWorker } from "./ts-worker";
import type { PoolReply, PoolRequest } from "./worker-pool";

const WATCHDOG_MS = 10_000;
const MAX_HELD = 2000; // beyond this many waiting checks, check in-process

type Held = { text: string; resolve: (checked: CheckedSubmission) => void };
type Thread = { worker: Worker; held: Map<number, Held>; watchdog?: NodeJS.Timeout };
type Holder = { threads: (Thread | undefined)[]; next: number; ids: number; warmed?: boolean; size?: number };

const KEY = Symbol.for("nianbao.check-pool");
const holder = ((globalThis as Record<symbol, Holder>)[KEY] ??= { threads: [], next: 0, ids: 1 });

const threadCount = () => (holder.size ??= renderThreads(process.env.NIANBAO_RENDER_THREADS, availableParallelism()));

const spawn = (): Worker =>
  process.env.NEXT_RUNTIME ? new Worker(new URL("./check-worker.ts", import.meta.url)) : tsWorker("./check-worker.ts", import.meta.url);

/** A thread gone wrong: its checks run in-process, and the next check starts a fresh one. */
function retire(slot: number, thread: Thread): void {
  if (holder.threads[slot] !== thread) return;
  holder.threads[slot] = undefined;
  clearTimeout(thread.watchdog);
  void thread.worker.terminate();
  for (const { text, resolve } of thread.held.values()) resolve(checkSubmission(text));
  thread.held.clear();
}

function arm(slot: number, thread: Thread): void {
  clearTimeout(thread.watchdog);
  thread.watchdog = thread.held.size ? setTimeout(() => retire(slot, thread), WATCHDOG_MS) : undefined;
}

function threadAt(slot: number): Thread | undefined {
  const existing = holder.threads[slot];
  if (existing) return existing;
  let worker: Worker;
  try {
    worker = spawn();
  } catch {
    return undefined;
  }
  worker.unref(); // idle threads never keep the process alive
  const thread: Thread = { worker, held: new Map() };
  worker.on("message", ({ id, ...reply }: PoolReply<CheckedSubmission>) => {
    const held = thread.held.get(id);
    if (!held) return;
    thread.held.delete(id);
    held.resolve("answer" in reply ? reply.answer : checkSubmission(held.text));
    arm(slot, thread);
  });
  worker.on("error", () => retire(slot, thread)).on("exit", () => retire(slot, thread));
  return (holder.threads[slot] = thread);
}

/** The check on a worker thread, else in-process. */
export function checkOffThread(reportText: string): Promise<CheckedSubmission> {
  const slot = holder.next++ % threadCount();
  const thread = threadAt(slot);
  if (!thread || thread.held.size >= MAX_HELD) return Promise.resolve(checkSubmission(reportText));
  return new Promise((resolve) => {
    const id = holder.ids++;
    thread.held.set(id, { text: reportText, resolve });
    thread.worker.postMessage({ id, job: reportText } satisfies PoolRequest<string>);
    if (!thread.watchdog) arm(slot, thread);
  });
}

/** Starts the threads and loads the checker before the first submission needs it (an empty report: refused, cheap). */
export function warmCheckPool(): void {
  if (holder.warmed) return;
  holder.warmed = true;
  for (let i = 0; i < threadCount(); i++) void checkOffThread("{}");
}

/** Tests and shutdown: every thread ended (what they held is checked in-process). */
export function closeCheckPool(): void {
  holder.warmed = undefined;
  [...holder.threads].forEach((thread, slot) => thread && retire(slot, thread));
}
