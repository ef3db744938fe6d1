// The render pool: bounded admission (503 when full), crash and timeout recovery, and the real render worker
// giving the same .docx as an in-process render.
import { strFromU8, unzipSync } from "fflate";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it } from "vitest";
import valid from "../../templates/gov-2021/fixtures/valid-report.json";
import { renderJob, type RenderAnswer, type RenderJob } from "./render-job";
import { renderPool, renderThreads } from "./render-pool";
import { createWorkerPool } from "./worker-pool";

// A stand-in worker speaking the pool's protocol: a number sleeps that many ms, "crash" exits, "hang" spins.
const FAKE = `
const { parentPort } = require("node:worker_threads");
parentPort.on("message", ({ id, job }) => {
  if (job === "crash") process.exit(3);
  if (job === "throw") throw new Error("boom");
  if (job === "hang") for (;;) {}
  if (typeof job === "number") Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, job);
  parentPort.postMessage({ id, answer: job });
});`;
const fakePool = (o: { size: number; waiting: number; jobTimeoutMs?: number }) => createWorkerPool<number | string, number | string>({ spawn: () => new Worker(FAKE, { eval: true }), ...o });

describe("worker pool", () => {
  it("runs `size` at once, queues `waiting`, refuses the rest at once", async () => {
    const pool = fakePool({ size: 1, waiting: 1 });
    const t0 = Date.now();
    const runs = [pool.run(300), pool.run(300), pool.run(300)];
    expect(pool.full()).toBe(true);
    const refused = await runs[2]!;
    expect(refused).toEqual({ ok: false, reason: "busy" });
    expect(Date.now() - t0).toBeLessThan(250); // refused before the first job ended
    expect(await Promise.all(runs.slice(0, 2))).toEqual([
      { ok: true, value: 300 },
      { ok: true, value: 300 },
    ]);
    expect(pool.full()).toBe(false);
    await pool.close();
  });

  it("a worker that exits or throws is replaced: the next job runs", async () => {
    const pool = fakePool({ size: 1, waiting: 4 });
    expect(await pool.run("crash")).toMatchObject({ ok: false, reason: "crashed" });
    expect(await pool.run("throw")).toMatchObject({ ok: false, reason: "crashed", detail: "boom" });
    expect(await pool.run(1)).toEqual({ ok: true, value: 1 });
    expect(pool.stats()).toEqual({ active: 0, waiting: 0, workers: 1 });
    await pool.close();
  });

  it("a job that overruns its time is ended and its worker replaced", async () => {
    const pool = fakePool({ size: 1, waiting: 4, jobTimeoutMs: 300 });
    expect(await pool.run("hang")).toEqual({ ok: false, reason: "timeout" });
    expect(await pool.run("ok")).toEqual({ ok: true, value: "ok" });
    await pool.close();
  });
});

describe("render pool", () => {
  afterAll(() => renderPool().close());

  const job: RenderJob = { text: JSON.stringify(valid), draft: false, fonts: "gb2312" };
  const entries = (a: RenderAnswer) => {
    if (a.status !== 200) throw new Error(a.error);
    return unzipSync(a.bytes);
  };

  it("produces the same .docx as an in-process render", async () => {
    const pooled = await renderPool().run(job);
    if (!pooled.ok) throw new Error(pooled.reason);
    const here = await renderJob(job);
    expect(pooled.value.status === 200 && pooled.value.fileName).toBe(here.status === 200 && here.fileName);
    const a = entries(pooled.value);
    const b = entries(here);
    expect(Object.keys(a).sort()).toEqual(Object.keys(b).sort());
    expect(strFromU8(a["word/document.xml"]!)).toContain("一、总体情况");
    // docProps/core.xml carries the moment of rendering; every other part is byte for byte the same.
    for (const name of Object.keys(b).filter((n) => n !== "docProps/core.xml")) expect(a[name], name).toEqual(b[name]);
  });

  it("answers 422 with the errors from the worker, as in-process", async () => {
    const broken = structuredClone(valid);
    broken.tables.requests.received.natural = 47;
    const pooled = await renderPool().run({ ...job, text: JSON.stringify(broken) });
    expect(pooled).toEqual({ ok: true, value: await renderJob({ ...job, text: JSON.stringify(broken) }) });
    expect(pooled.ok && pooled.value.status).toBe(422);
  });
});

describe("render threads", () => {
  it("one per core but one, at least one; NIANBAO_RENDER_THREADS when it is a sensible number", () => {
    expect([renderThreads(undefined, 2), renderThreads(undefined, 1), renderThreads(undefined, 8)]).toEqual([1, 1, 7]);
    expect([renderThreads("3", 2), renderThreads("0", 2), renderThreads("abc", 4), renderThreads("1.5", 4)]).toEqual([3, 1, 3, 3]);
  });
});
