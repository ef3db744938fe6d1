// The route when a render crashes its worker: a Chinese 500 (nothing of the crash in the body), and the next
// request is served again. The pool's worker is replaced by one that dies on its first job.
import { unzipSync } from "fflate";
import { Worker } from "node:worker_threads";
import { afterAll, describe, expect, it, vi } from "vitest";
import valid from "../../../../templates/gov-2021/fixtures/valid-report.json";
import { createWorkerPool } from "../../../../lib/server/worker-pool";
import { renderJob } from "../../../../lib/server/render-job";
import { tsWorker } from "../../../../lib/server/ts-worker";

let spawned = 0;
const CRASH = `require("node:worker_threads").parentPort.on("message", () => process.exit(7));`;
const pool = createWorkerPool({
  size: 1,
  spawn: () => (spawned++ === 0 ? new Worker(CRASH, { eval: true }) : tsWorker("../../../../lib/server/render-worker.ts", import.meta.url)),
});
vi.mock("@/lib/server/render-pool", () => ({ renderPool: () => pool }));
afterAll(() => pool.close());

const { POST } = await import("./route");
const post = () =>
  POST(new Request("http://localhost/api/report/docx", { method: "POST", body: JSON.stringify(valid), headers: { "Content-Type": "application/json" } }));

describe("POST /api/report/docx when a render crashes", () => {
  it("500 with a Chinese message, then the pool recovers", async () => {
    vi.spyOn(console, "error").mockImplementation(() => undefined);
    const crashed = await post();
    expect(crashed.status).toBe(500);
    const body = await crashed.json();
    expect(body.error).toMatch(/^生成 Word 文档时出错/);
    expect(JSON.stringify(body)).not.toMatch(/exit|Error|7/);
    const next = await post();
    expect(next.status).toBe(200);
    const here = await renderJob({ text: JSON.stringify(valid), draft: false, fonts: "gb2312" });
    const doc = (bytes: Uint8Array) => unzipSync(bytes)["word/document.xml"];
    expect(doc(new Uint8Array(await next.arrayBuffer()))).toEqual(here.status === 200 && doc(here.bytes));
  });
});
